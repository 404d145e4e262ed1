#!/usr/bin/env python3
"""Learns the mention extractor's word lists and token weights from TRAINING splits only.

    python3 tools/mentions/learn-mention-lists.py ../shared/eval src/Triangulate/Resources/Mentions/learned.tsv

Sources (see docs/DATA.md): ECB+ train topics (all of 1-35 except the dev topics 2,5,12,18,21,23,34,35; CC BY 3.0)
and PolNeAR train attributions (source spans). MEANTIME and the ECB+ dev topics are NOT read: they are the
evaluation data.

Output lines (tab separated):
  feat  <feature>  <person> <organization> <place> <other>   token features of gold named mentions (ECB+ train)
  first <Name> <count>     first names: first token of two-or-three-token person names
  role  <word> <count>     lower-case role nouns seen right before a person name ("spokesman Brian Fallon")
  title <Word> <count>     capitalised titles seen right before a person name ("Sen.", "Secretary")
"""
import collections, glob, os, re, sys
import xml.etree.ElementTree as ET

root, out = sys.argv[1], sys.argv[2]
DEV = {2, 5, 12, 18, 21, 23, 34, 35}
KIND = {'HUMAN_PART_PER': 'person', 'HUMAN_PART_ORG': 'organization', 'HUMAN_PART_GPE': 'place',
        'LOC_GEO': 'place', 'LOC_FAC': 'place', 'LOC_OTHER': 'place', 'HUMAN_PART_FAC': 'place'}
KINDS = ['person', 'organization', 'place', 'other']
CONNECT = {'of', 'and', '&', 'de', 'the', 'for', 'al', 'bin', 'van', 'von', 'der', 'la', 'le', 'du', 'da'}
here = os.path.dirname(os.path.abspath(__file__))
_lines = [l.rstrip('\n').split('\t') for l in open(os.path.join(here, '../../src/Triangulate/Resources/Mentions/common-words.txt'))]
common = {l[0] for l in _lines}
nouns = {l[0] for l in _lines if len(l) > 1}

def cap(t):
    return t[:1].isupper()

def name_part(toks, first_in_sentence):
    """The run of capitalised tokens of a gold mention (connectors allowed inside), or None."""
    idx = [i for i, t in enumerate(toks) if cap(t) and not (i == 0 and first_in_sentence and t.lower() in common)]
    if not idx: return None
    a, b = idx[0], idx[-1]
    part = toks[a:b + 1]
    if any(not cap(t) and t.lower() not in CONNECT for t in part): part = toks[a:a + 1]
    if part and part[0] in ('The', 'the'): part = part[1:]
    return part or None

feats = collections.defaultdict(lambda: collections.Counter())
freq = collections.Counter()
first = collections.Counter(); role = collections.Counter(); title = collections.Counter()

def add_name(part, kind):
    fs = {'F:' + part[0], 'L:' + part[-1], 'N:%d' % min(len(part), 4)} | {'W:' + t for t in part}
    if len(part) == 1 and part[0].isupper() and len(part[0]) > 1: fs.add('S:ACRONYM')
    for f in fs: feats[f][kind] += 1

for path in sorted(glob.glob(os.path.join(root, 'ecbplus/topics/*/*.xml'))):
    topic = int(os.path.basename(os.path.dirname(path)))
    if topic in DEV: continue
    doc = ET.parse(path).getroot()
    toks = {}; sent_first = set(); seen = set()
    for t in doc.iter('token'):
        toks[t.get('t_id')] = t.text or ''
        freq[(t.text or '').lower()] += 1
        s = t.get('sentence')
        if s not in seen: seen.add(s); sent_first.add(t.get('t_id'))
    order = list(toks)
    pos = {tid: i for i, tid in enumerate(order)}
    for m in doc.find('Markables'):
        ids = [a.get('t_id') for a in m.findall('token_anchor')]
        if not ids: continue
        kind = KIND.get(m.tag, 'other' if m.tag.startswith(('NON_HUMAN', 'HUMAN')) else None)
        if kind is None: continue
        words = [toks[i] for i in ids]
        part = name_part(words, ids[0] in sent_first)
        if part is None: continue
        add_name(part, kind)
        if kind == 'person' and 2 <= len(part) <= 3 and part[0].isalpha() and part[0].lower() not in common:
            first[part[0]] += 1
        # word right before the mention's first token
        p = pos[ids[0]]
        if kind == 'person' and p > 0 and cap(words[0]):
            prev = toks[order[p - 1]]
            if prev.isalpha() and prev.islower(): role[prev] += 1

# PolNeAR train: attribution sources such as "Clinton campaign spokesman Brian Fallon", "Sen. Ted Cruz".
for ann in sorted(glob.glob(os.path.join(root, 'polnear/train/attributions/*.ann'))):
    for line in open(ann, encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if len(parts) < 3 or not parts[1].startswith('Source '): continue
        words = re.findall(r"[A-Za-z][A-Za-z'’\.\-]*", parts[2])
        # the trailing capitalised run is the name; what precedes it is title/role
        j = len(words)
        while j > 0 and cap(words[j - 1]): j -= 1
        name = words[j:]
        if not (1 <= len(name) <= 4): continue
        # peel capitalised titles off the front of the name
        k = 0
        while k < len(name) - 1 and (name[k].endswith('.') or name[k].lower() in common) and name[k] not in ('The',):
            title[name[k]] += 1; k += 1
        name = name[k:]
        if 2 <= len(name) <= 3 and name[0].isalpha() and name[0].lower() not in common and not name[0].isupper():
            first[name[0]] += 1
        if j > 0 and words[j - 1].islower() and words[j - 1].isalpha(): role[words[j - 1]] += 1

# How a capitalised word is used in running text: an adjective that a gold name happened to start ("Hispanic
# Caucus", "Latino Decisions") mostly modifies the common noun after it ("Hispanic voters", "Jewish leaders"); a given
# name or a surname does not ("Bernie Sanders", "Trump said"). Counted on the training texts, off sentence starts.
verbs = {l.strip() for l in open(os.path.join(here, '../../src/Triangulate/Resources/Mentions/verbs.txt'), encoding='utf-8')}
cap_modifies = collections.Counter(); cap_seen = collections.Counter()
def count_uses(words):
    for i in range(1, len(words) - 1):
        w = words[i]
        if not cap(w) or words[i - 1] in ('.', '!', '?', '"', '“'): continue
        cap_seen[w] += 1
        nxt = words[i + 1]
        if nxt.islower() and nxt in nouns and nxt not in verbs: cap_modifies[w] += 1

for txt in sorted(glob.glob(os.path.join(root, 'polnear/train/text/*.txt'))):
    body = open(txt, encoding='utf-8').read()
    for w in re.findall(r"[A-Za-z]+", body):
        freq[w.lower()] += 1
    count_uses(re.findall(r"[A-Za-z]+|[.!?\"“]", body))

STOP = {'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'by', 'for', 'with', 'that', 'as', 'at', 'from',
        'said', 'says', 'told', 'but', 'when', 'if', 'than', 'is', 'was', 'are', 'were', 'has', 'have', 'had',
        'be', 'been', 'who', 'which', 'while', 'after', 'before', 'about', 'like', 'because', 'since', 'where',
        'against', 'nominee', 'candidate', 'rival', 'opponent', 'over', 'whom', 'also', 'even', 'not', 'both',
        'between', 'among', 'into', 'under', 'up', 'only', 'then', 'would', 'will', 'could', 'asked', 'during'}
places = set()
for l in open(os.path.join(here, '../../src/Triangulate/Resources/Mentions/places.tsv'), encoding='utf-8'):
    places.update(l.rstrip('\n').split('\t')[1].split(' '))

def person_majority(w):
    c = feats.get('F:' + w)
    return c is None or c['person'] >= max(c['organization'], c['place'], c['other'])

with open(out, 'w', encoding='utf-8') as f:
    for feat in sorted(feats):
        c = feats[feat]
        if sum(c.values()) >= 2 or feat.startswith(('N:', 'S:')):
            f.write('feat\t%s\t%s\n' % (feat, '\t'.join(str(c[k]) for k in KINDS)))
    for w, n in sorted(first.items()):
        if n >= 2 and w not in places and person_majority(w) and len(w) > 1 \
                and not (cap_seen[w] >= 5 and cap_modifies[w] >= 0.5 * cap_seen[w]):
            f.write('first\t%s\t%d\n' % (w, n))
    for w, n in sorted(role.items()):
        # a role word must precede a person's name in at least 1 of 20 of its occurrences (ECB+ and PolNeAR train)
        if n >= 2 and w not in STOP and w in nouns and n >= 0.05 * freq[w]: f.write('role\t%s\t%d\n' % (w, n))
    for w, n in sorted(title.items()):
        if n >= 2 and (w.endswith('.') or w.lower() in nouns): f.write('title\t%s\t%d\n' % (w, n))
print('wrote', out)
