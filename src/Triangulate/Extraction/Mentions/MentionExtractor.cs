using System.Text;
using Triangulate.Documents;

namespace Triangulate.Extraction.Mentions;

/// <summary>
/// Finds people, organisations and places in one article and links the later references to them.
/// Pipeline: <see cref="WordScanner"/> words → capitalised chunks (with particles, "of", "&amp;") → titles and
/// roles peeled off → kind by gazetteers, cue words and learned token weights → references
/// (surnames, "Mr Cho", acronyms, "the spy chief", "he said") resolved by <see cref="MentionResolver"/>.
/// </summary>
public sealed class MentionExtractor
{
    private readonly MentionLexicon _lex = MentionLexicon.Instance;

    public IReadOnlyList<Mention> Extract(string text, IReadOnlyList<RemovedSpan>? removed = null, IReadOnlyList<Sentence>? sentences = null)
    {
        if (string.IsNullOrEmpty(text)) return [];
        removed ??= [];
        bool IsRemoved(int offset)
        {
            foreach (var r in removed) if (offset >= r.Start && offset < r.End) return true;
            return false;
        }
        var words = WordScanner.Scan(text, removed.Count == 0 ? _ => false : IsRemoved, sentences ?? []);
        var evidence = CapitalEvidence(words);
        var candidates = new List<Candidate>();
        var covered = new bool[words.Count];
        var chunks = new List<(int Start, int End)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsNameWord(words[i])) continue;
            var end = ExtendChunk(words, i);
            chunks.Add((i, end));
            i = end - 1;
        }
        var phrases = BodyPhrases(words, chunks);

        // 1. names: runs of capitalised words
        foreach (var (i, end) in chunks)
        {
            for (var k = i; k < end; k++) covered[k] = true;
            AddChunk(text, words, i, end, evidence, phrases, candidates);
        }

        // 2. descriptions and title-only references ("South Korea's spy chief", "the defence secretary")
        FindDescriptions(text, words, candidates);

        // 3. pronoun subjects of speech verbs ("he said")
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!w.IsWord || w.Text is not ("he" or "He" or "she" or "She")) continue;
            var j = i + 1;
            if (j < words.Count && words[j].IsWord && (words[j].Text.EndsWith("ly", StringComparison.Ordinal) || words[j].Text is "also" or "later" or "then" or "has" or "had" or "was" or "previously"))
                j++;
            var speech = j < words.Count && words[j].IsWord && MentionLexicon.SpeechVerbs.Contains(words[j].Text);
            var inverted = i > 0 && words[i - 1].IsWord && MentionLexicon.SpeechVerbs.Contains(words[i - 1].Text) && i + 1 < words.Count && !words[i + 1].IsWord;
            if (!speech && !inverted) continue;
            candidates.Add(new Candidate(w.Start, w.End, w.Text, EntityKind.Person, "pronoun")
            {
                Gender = w.Text is "she" or "She" ? 'f' : 'm',
            });
        }

        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return new MentionResolver(_lex).Resolve(text, candidates);
    }

    // ---------------------------------------------------------------------------------------------- chunks

    private bool IsNameWord(Word w)
    {
        if (!w.IsWord) return false;
        var t = w.Text;
        if (MentionLexicon.TimeWords.Contains(t)) return false;
        if (char.IsUpper(t[0])) return t.Length > 1 || !w.CapsUninformative; // a lone letter mid-sentence ("Plan B")
        if (t.Length >= 4 && char.IsLower(t[0]) && char.IsUpper(t[1]) && t.Skip(2).Any(char.IsLower)) return true; // iPhone, eBay
        // "al-Assad", "el-Sisi": a lower-case particle joined to a capitalised name
        var dash = t.IndexOf('-');
        return dash > 0 && dash < 4 && dash + 1 < t.Length && char.IsUpper(t[dash + 1]) && MentionLexicon.NameParticles.Contains(t[..dash]);
    }

    private int ExtendChunk(List<Word> words, int i)
    {
        var end = i + 1;
        while (end < words.Count)
        {
            var w = words[end];
            if (w.GapBefore || w.Start - words[end - 1].End > 1) break; // one space at most between name words
            if (IsNameWord(w)) { end++; continue; }
            if (!w.IsWord && w.Text == "&" && end + 1 < words.Count && IsNameWord(words[end + 1])) { end += 2; continue; }
            // "Democratic People's Republic of Korea", "Children's Hospital": a collective noun's possessive inside a name
            if (w.IsPossessive && w.Text.Length == 2 && CollectiveNouns.Contains(words[end - 1].Text) && end + 1 < words.Count
                && IsNameWord(words[end + 1]) && words[end + 1].Start - w.End == 1) { end += 2; continue; }
            if (w.IsWord && w.Text == "and" && JoinsOrganisationName(words, end)) { end++; continue; }
            // model and flight numbers belong to the name: "Boeing 737-800", "Flight 447" (not years: "Paris 2024")
            // (nor scores and ranges: "Jaguars 31-24")
            if (w.IsWord && char.IsDigit(w.Text[0]) && !(w.Text.Length == 4 && w.Text.All(char.IsDigit)) && w.Text.Length <= 8
                && !MentionLexicon.TimeWords.Contains(words[end - 1].Text) && !IsScore(w.Text) && !IsSpacedScore(words, end)) { end++; continue; }
            if (w.IsWord && MentionLexicon.NameParticles.Contains(w.Text) && end + 1 < words.Count && IsNameWord(words[end + 1])
                && words[end + 1].Start - w.End == 1)
            { end += 2; continue; }
            if (w.IsWord && w.Text == "of" && MentionLexicon.OfHeads.Contains(words[end - 1].Text) && end + 1 < words.Count)
            {
                var next = end + 1;
                if (words[next].IsWord && words[next].Text == "the" && next + 1 < words.Count) next++;
                if (IsNameWord(words[next]) && words[next].Start - words[next - 1].End == 1) { end = next + 1; continue; }
            }
            break;
        }
        return end;
    }

    /// <summary>Verbs whose subject is an actor, not a location: a capital before one of them is its government
    /// ("Pyongyang has denied", "Moscow could face", "Seoul and Washington claiming").</summary>
    private static readonly HashSet<string> AgentVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "denied", "denies", "deny", "accused", "accuses", "agreed", "agrees", "rejected", "rejects", "warned", "warns",
        "threatened", "threatens", "dismissed", "dismisses", "condemned", "condemns", "responded", "responds", "sent",
        "sends", "deployed", "deploys", "provided", "provides", "supplied", "supplies", "signed", "signs", "pledged",
        "pledges", "vowed", "vows", "refused", "refuses", "demanded", "demands", "urged", "urges", "called", "calls",
        "wants", "wanted", "seeks", "sought", "hopes", "claiming", "claims", "claimed", "insisted", "insists", "blamed",
        "blames", "protested", "protests", "summoned", "expelled", "imposed", "announced", "announces", "launched",
        "ordered", "approved", "backed", "backs", "supports", "supported", "opposed", "opposes", "welcomed", "welcomes",
        "criticised", "criticized", "retaliated", "confirmed", "confirms", "acknowledged", "admitted", "responded",
        "could", "would", "may", "might", "will", "must", "should", "can", "cannot", "plans", "planned", "intends",
        "promised", "promises", "decided", "decides", "considers", "considered", "agreed", "negotiated", "offered",
    };

    /// <summary>Words between a subject and its verb that do not change who acts ("has not publicly responded").</summary>
    private static readonly HashSet<string> AuxiliaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "was", "were", "are", "also", "not", "previously", "already", "now", "publicly",
        "repeatedly", "reportedly", "long", "recently", "since", "still", "yet", "officially", "quickly", "never",
    };

    /// <summary>True when a capital at [start, end) names its government: the subject of an actor's verb (two
    /// capitals joined by "and" included: "Seoul and Washington claiming"), or a possessive owner of something other
    /// than a place ("Seoul's spy agency", not "Moscow's suburbs"). "Athens was calm", "in Pyongyang" and "an Athens
    /// magistrate" stay the city.</summary>
    private static bool StandsForGovernment(List<Word> words, int start, int end)
    {
        var k = end;
        if (k < words.Count && words[k].IsPossessive)
            return k + 1 < words.Count && words[k + 1].IsWord && char.IsLower(words[k + 1].Text[0]) && !PlaceNouns.Contains(words[k + 1].Text);
        // "Seoul and Washington": look past the second name
        if (k + 1 < words.Count && words[k].Text is "and" && words[k + 1].IsCapitalised)
        {
            k += 2;
            while (k < words.Count && words[k].IsCapitalised) k++;
        }
        while (k < words.Count && words[k].IsWord && AuxiliaryWords.Contains(words[k].Text)) k++;
        return k < words.Count && words[k].IsWord && char.IsLower(words[k].Text[0]) && (AgentVerbs.Contains(words[k].Text) || MentionLexicon.SpeechVerbs.Contains(words[k].Text));
    }

    /// <summary>Nouns a city's possessive owns as a place ("Moscow's suburbs", "Seoul's streets").</summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "region", "area", "suburbs", "suburb", "outskirts", "streets", "street", "residents", "airport", "airports",
        "districts", "district", "downtown", "center", "centre", "subway", "metro", "mayor", "skyline", "weather",
        "population", "citizens", "people", "neighbourhoods", "neighborhoods", "hospitals", "schools", "river",
    };

    /// <summary>Lower-case nouns of land and territory that a place name modifies ("the Kursk region").</summary>
    private static readonly HashSet<string> RegionNouns = new(StringComparer.Ordinal)
    { "region", "regions", "peninsula", "province", "coast", "coastline", "basin", "valley", "highlands", "steppe", "delta", "archipelago" };

    /// <summary>"the North", "the rival North", "the North's": a compass word used as a name after a determiner.</summary>
    private static bool AfterDeterminer(List<Word> words, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (!words[j].IsWord) return false;
            if (words[j].Text is "the" or "The") return true;
            if (!char.IsLower(words[j].Text[0])) return false;
        }
        return false;
    }

    /// <summary>"31-24", "3-1": a score or a small range, never a model number (those run to three digits or more).</summary>
    private static bool IsScore(string t)
    {
        var dash = t.IndexOfAny(['-', '–']);
        return dash is 1 or 2 && t.Length - dash - 1 is 1 or 2 && t.Remove(dash, 1).All(char.IsDigit);
    }

    /// <summary>"Chiefs 20 - 13": a short number, a dash, a short number.</summary>
    private static bool IsSpacedScore(List<Word> words, int k)
        => k + 2 < words.Count && words[k].Text.Length <= 2 && words[k + 1].Text is "-" or "–" && words[k + 2].IsWord
           && words[k + 2].Text.Length <= 2 && words[k + 2].Text.All(char.IsDigit) && words[k].Text.All(char.IsDigit);

    private static readonly HashSet<string> CollectiveNouns = new(StringComparer.Ordinal)
    { "People", "Children", "Women", "Men", "Workers", "Veterans", "Citizens", "Farmers", "Peoples", "Nations" };

    /// <summary>"Department of Health and Human Services", "European Aeronautic Defence and Space Company": "and" joins
    /// two capitalised runs when the one after it ends the name of an organisation and both sides hold at least one
    /// word that is not a name on its own (so "Northrop Grumman and Airbus" stays two names).</summary>
    private bool JoinsOrganisationName(List<Word> words, int and)
    {
        if (and + 1 >= words.Count || !IsNameWord(words[and + 1]) || !IsNameWord(words[and - 1])) return false;
        var k = and + 1;
        while (k < words.Count && IsNameWord(words[k]) && words[k].Start - words[k - 1].End == 1 && k - and <= 4) k++;
        return MentionLexicon.OrgLastWords.Contains(words[k - 1].Text) && _lex.IsCommon(words[and - 1].Text) && _lex.IsCommon(words[and + 1].Text);
    }

    /// <summary>Per word form: how often it is capitalised where a capital means something, and how often lower case.
    /// "Apple" opening a sentence is a name when the article also writes it capitalised mid-sentence.</summary>
    private static Dictionary<string, (int Cap, int Lower)> CapitalEvidence(List<Word> words)
    {
        var d = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (!w.IsWord) continue;
            var key = w.Text.ToLowerInvariant();
            var (c, l) = d.GetValueOrDefault(key);
            if (char.IsLower(w.Text[0])) l++;
            else if (!w.CapsUninformative) c++;
            d[key] = (c, l);
        }
        return d;
    }

    private bool IsKnownName(string t) =>
        _lex.Places.ContainsKey(t) || _lex.Demonyms.ContainsKey(t) || MentionLexicon.EastAsianSurnames.Contains(t) || KnownNameIndex.ContainsKey(t)
        || _lex.FirstNames.Contains(t) && !_lex.IsCommon(t);

    private static readonly Dictionary<string, (EntityKind Kind, string Canonical)> KnownNameIndex =
        MentionLexicon.KnownNames.GroupBy(k => k.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (g.First().Kind, g.First().Canonical), StringComparer.Ordinal);

    /// <summary>A word that after a title names an office, not its holder: "Attorney General", "Vice President",
    /// "Defense Department" — a title, role or body word. A common word that is none of these is a surname after a
    /// title ("President Bush", "Governor Brown").</summary>
    private bool IsOfficeWord(string t)
        => IsTitleWord(t) || MentionLexicon.RoleModifiers.Contains(t) || _lex.RoleNouns.Contains(t) || MentionLexicon.OrgLastWords.Contains(t)
           || _lex.Places.ContainsKey(t) || _lex.Demonyms.ContainsKey(t);

    private bool IsTitleWord(string t) => _lex.Titles.Contains(t) || (char.IsUpper(t[0]) && MentionLexicon.SeedRoleNouns.Contains(t.ToLowerInvariant()));

    /// <summary>Capitalised function words split a run ("Ellen DeGeneres To Host Oscars"): names rarely hold them.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "To", "As", "For", "In", "At", "By", "With", "From", "After", "Over", "Into", "On", "Is", "Are", "Was", "Were",
        "Be", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "May", "Might", "Should", "And", "Or", "But", "Than",
        "Against", "About", "Before", "Under", "Amid", "Says", "Said", "Say", "Not", "No", "If", "When", "While", "Why",
        "How", "What", "Who", "It", "Its", "This", "That", "These", "Those", "We", "They", "He", "She", "You", "Our",
        "Their", "His", "Her", "My", "Your", "Up", "Out", "Off", "Down", "Near", "Via", "Per", "Vs", "vs",
    };

    /// <summary>Runs of two to four capitalised words that the article writes where capitals tell something (mid-sentence):
    /// "Endangered Species Act" in the body keeps together the same words in the headline.</summary>
    private static HashSet<string> BodyPhrases(List<Word> words, List<(int Start, int End)> chunks)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in chunks)
        {
            if (words[start].CapsUninformative) continue;
            for (var a = start; a < end - 1; a++)
                for (var b = a + 2; b <= Math.Min(end, a + 4); b++)
                    phrases.Add(string.Join(' ', words.GetRange(a, b - a).Select(w => w.Text)));
        }
        return phrases;
    }

    /// <summary>Length of the longest body phrase (<see cref="BodyPhrases"/>) starting at word k inside the chunk, or 0.</summary>
    private static int BodyPhraseAt(List<Word> words, int k, int end, HashSet<string> phrases)
    {
        for (var len = Math.Min(4, end - k); len >= 2; len--)
            if (phrases.Contains(string.Join(' ', words.GetRange(k, len).Select(w => w.Text)))) return len;
        return 0;
    }

    private void AddChunk(string text, List<Word> words, int start, int end, Dictionary<string, (int Cap, int Lower)> evidence, HashSet<string> phrases, List<Candidate> output)
    {
        // Words capitalised only by position (sentence start, headline case) split the run unless they are names.
        var from = start;
        for (var k = start; k <= end; k++)
        {
            if (k < end && words[k].CapsUninformative && phrases.Count > 0 && BodyPhraseAt(words, k, end, phrases) is var phrase and >= 2)
            {
                k += phrase - 1;
                continue;
            }
            if (k < end && (StartsKnownPhrase(words, k, end) || !IsBreakWord(words[k], evidence, k == from && k + 1 < end, k + 1 < end ? words[k + 1] : null))) continue;
            if (k > from) AddChunkCore(text, words, from, k, output);
            from = k + 1;
        }
    }

    /// <summary>"South Korea", "New York", "White House" opening a sentence: the gazetteer knows the phrase.</summary>
    private bool StartsKnownPhrase(List<Word> words, int k, int end)
    {
        for (var len = Math.Min(3, end - k); len >= 2; len--)
        {
            var phrase = string.Join(' ', words.GetRange(k, len).Select(w => w.Text));
            if (_lex.Places.ContainsKey(phrase) || _lex.Demonyms.ContainsKey(phrase) || KnownNameIndex.ContainsKey(phrase)) return true;
        }
        return false;
    }

    private bool IsBreakWord(Word w, Dictionary<string, (int Cap, int Lower)> evidence, bool first, Word? next = null)
    {
        // "Mark Vinar", "Mark Felt" opening a sentence: a given name before a capitalised word is a name, common word or
        // not, except on a headline line, where every word is capitalised ("Will Power Prevail")
        if (_lex.FirstNames.Contains(w.Text) && next is { IsWord: true } n && char.IsUpper(n.Text[0]) && !FunctionWords.Contains(n.Text)
            && (!_lex.IsCommon(n.Text) || !w.InHeadline)) return false;
        if (!w.IsWord) return false;
        if (FunctionWords.Contains(w.Text) || (w.CapsUninformative && w.Text.Length > 1 && FunctionWords.Contains(char.ToUpperInvariant(w.Text[0]) + w.Text[1..].ToLowerInvariant()))) return true;
        if (first && w.Text is "The" or "A" or "An" or "THE") return true;
        // a headline's verbs end names too ("Colts Clinch Playoff Berth"), though few verbs are in the common-word list
        if (!w.CapsUninformative || !(_lex.IsCommon(w.Text) || _lex.IsVerbForm(w.Text)) || IsKnownName(w.Text) || IsTitleWord(w.Text)) return false;
        var (cap, lower) = evidence.GetValueOrDefault(w.Text.ToLowerInvariant());
        return !(cap > 0 && cap >= lower);
    }

    private void AddChunkCore(string text, List<Word> words, int start, int end, List<Candidate> output)
    {
        // Trailing connectors cannot end a name.
        while (end > start && words[end - 1].IsWord && (words[end - 1].Text is "of" or "the" || MentionLexicon.NameParticles.Contains(words[end - 1].Text))) end--;
        if (start >= end) return;
        // a generational suffix set off by a comma ("W. Mark Felt, Sr.") belongs to the name before it, and is no name
        if (end - start == 1 && words[start].Text is "Sr" or "Sr." or "Jr" or "Jr." or "II" or "III") return;
        // All-capitals headlines and shouted words longer than a few words are not names (a long title before a name
        // is peeled off first: "Santa Monica Chief Deputy City Attorney Terry White").
        if (end - start > 12) return;

        // Titles and role words inside the chunk: "Defense Secretary Lloyd Austin", "Secretary of State Antony Blinken".
        var nameStart = start;
        for (var k = end - 2; k >= start; k--)
        {
            if (!words[k].IsWord || !IsTitleWord(words[k].Text)) continue;
            var n = k + 1;
            if (words[n].Text == "of")
            {
                n++;
                if (n < end && words[n].Text == "the") n++;
                while (n < end - 1 && _lex.IsCommon(words[n].Text) && !_lex.FirstNames.Contains(words[n].Text) && !MentionLexicon.EastAsianSurnames.Contains(words[n].Text)) n++;
                if (n >= end) break;
                // "President of the Medical Association of Alabama": what follows "of" is no person's name
                if (_lex.Places.ContainsKey(words[n].Text) || n < end && words.GetRange(n, end - n).Any(w => w.Text == "of")) break;
            }
            // "Justice Department", "Defense Ministry", "State Department": the title word names an office here
            if (MentionLexicon.OrgLastWords.Contains(words[end - 1].Text) || MentionLexicon.PlaceLastWords.Contains(words[end - 1].Text)
                || end - n == 1 && IsOfficeWord(words[n].Text))
                break;
            nameStart = n;
            break;
        }
        // An unknown capitalised word before a given name and surname is a title we have no list for:
        // "Constable Tim Fanning", "Receptionist Madeline Kafoury", "Goldman Sachs Lloyd Blankfein".
        if (nameStart == start && end - start >= 3 && !MentionLexicon.OrgLastWords.Contains(words[end - 1].Text) && !MentionLexicon.PlaceLastWords.Contains(words[end - 1].Text))
        {
            for (var j = start + 1; j < end - 1; j++)
            {
                var t = words[j].Text;
                if (_lex.FirstNames.Contains(t) && !_lex.IsCommon(t) && !_lex.FirstNames.Contains(words[j - 1].Text)
                    && words[j + 1].IsWord && char.IsUpper(words[j + 1].Text[0]))
                { nameStart = j; break; }
            }
        }

        // In a headline every word is capitalised: words before a given name that no list knows are dropped
        // ("Indict Hillary"), without making them a title.
        if (nameStart == start && words[start].CapsUninformative && !IsKnownName(words[start].Text))
        {
            for (var j = start + 1; j < end; j++)
            {
                if (IsKnownName(words[j - 1].Text) || _lex.FirstNames.Contains(words[j - 1].Text)) break;
                if (_lex.FirstNames.Contains(words[j].Text) && !_lex.IsCommon(words[j].Text)) { start = j; nameStart = j; break; }
            }
        }

        if (end - nameStart > 7) return;

        string? role = null;
        var hasTitle = nameStart > start;
        if (hasTitle)
        {
            var roleStart = RoleLookBack(words, start, titled: true);
            role = Clean(text[words[roleStart].Start..words[nameStart - 1].End]);
            // organisations and places named inside the title are mentions of their own
            AddRoleParts(text, words, start, nameStart, output);
        }
        else
        {
            var roleStart = RoleLookBack(words, start);
            if (roleStart < start) role = Clean(text[words[roleStart].Start..words[start - 1].End]);
        }

        // A chunk that is only a title ("Foreign Minister") is not a name.
        if (nameStart >= end) return;
        if (end - nameStart == 1 && IsTitleWord(words[nameStart].Text) && !hasTitle) return;

        // A title with no name after it describes an unnamed holder: "Apple Computer CEO", "Prime Minister of
        // Singapore". The holder is a person known by that description; the organisation or place in it is a
        // mention of its own.
        if (!hasTitle && end - start >= 2 && (!words[start].CapsUninformative || IsTitleWord(words[start].Text)))
        {
            // "Oregon State Police", "Joint Chiefs": an organisation's last word, not the holder's title
            var trailingTitle = IsTitleWord(words[end - 1].Text) && !IsTitleWord(words[start].Text) && !MentionLexicon.OrgLastWords.Contains(words[end - 1].Text);
            var ofIndex = IsTitleWord(words[start].Text) ? words.FindIndex(start, end - start, w => w.Text == "of") : -1;
            if (trailingTitle || ofIndex > start)
            {
                var ds = words[start].Start; var de = words[end - 1].End;
                var phrase = Clean(text[ds..de]);
                output.Add(new Candidate(ds, de, text[ds..de], EntityKind.Person, "description") { Canonical = phrase, Role = phrase, Words = [words[end - 1].Text] });
                if (trailingTitle) AddRoleParts(text, words, start, end, output);
                else
                {
                    var rest = ofIndex + 1 < end && words[ofIndex + 1].Text == "the" ? ofIndex + 2 : ofIndex + 1;
                    if (rest < end) AddChunkCore(text, words, rest, end, output);
                }
                return;
            }
        }

        // A country before an organisation is a mention of its own: "UK RAF", "U.S. Air Force".
        if (!hasTitle && end - nameStart >= 2)
        {
            for (var len = Math.Min(3, end - nameStart - 1); len >= 1; len--)
            {
                var prefix = string.Join(' ', words.GetRange(nameStart, len).Select(w => w.Text));
                if (!_lex.Countries.Contains(prefix)) continue;
                var rest = words.GetRange(nameStart + len, end - nameStart - len).Select(w => w.Text).ToList();
                // ("France Telecom", "Japan Airlines": one body word after the country is the company's own name)
                var orgLike = MentionLexicon.OrgLastWords.Contains(rest[^1]) && rest.Count > 1 || rest.Count == 1 && IsAcronym(rest[0])
                              || KnownNameIndex.TryGetValue(rest[0], out var kn) && kn.Kind == EntityKind.Organization;
                if (!orgLike) break;
                var ps = words[nameStart].Start; var pe = words[nameStart + len - 1].End;
                output.Add(new Candidate(ps, pe, text[ps..pe], EntityKind.Place, "name") { Canonical = _lex.Places[prefix], Words = [.. prefix.Split(' ')] });
                nameStart += len;
                break;
            }
        }

        var s = words[nameStart].Start;
        var e = words[end - 1].End;
        var surface = text[s..e];
        var nameWords = new List<string>();
        foreach (var w in words.GetRange(nameStart, end - nameStart))
            if (w.IsPossessive && nameWords.Count > 0) nameWords[^1] += w.Text; // "People's"
            else nameWords.Add(w.Text);
        var apposition = role is null ? Apposition(text, words, end) : null;

        var kind = Classify(nameWords, words, nameStart, end, hasTitle || role is not null, apposition is not null, out var canonical, out var form, out var learned);
        if (kind != EntityKind.Person) role = null; // "Boeing, the planemaker's ..." is not a title
        else role ??= apposition;
        var possessive = end < words.Count && words[end].IsPossessive;
        var honorific = hasTitle ? words[nameStart - 1].Text : null;
        var full = string.Join(' ', nameWords);
        string? standsFor = null;
        if (kind == EntityKind.Place && _lex.CapitalOf.TryGetValue(full, out var state) && StandsForGovernment(words, nameStart, end)) standsFor = state;
        output.Add(new Candidate(s, e, surface, kind, form)
        {
            Words = nameWords,
            Canonical = canonical,
            Role = role,
            LearnedKind = learned,
            Possessive = possessive,
            Gender = honorific is "Mrs" or "Mrs." or "Ms" or "Ms." or "Miss" or "Lady" or "Dame" ? 'f'
                   : honorific is "Mr" or "Mr." or "Sir" or "Lord" ? 'm'
                   : GenderOfRole(role) is var g && g != '\0' ? g
                   : nameWords.Count >= 2 && _lex.FirstNameGender.TryGetValue(nameWords[0], out var fg) ? fg : '\0',
            Acronym = nameWords.Count == 1 && IsAcronym(nameWords[0]),
            ExpansionOf = AcronymInParentheses(words, end),
            CapitalInformative = !words[nameStart].CapsUninformative,
            StandsFor = standsFor,
            Compass = end - nameStart == 1 && full is "North" or "South" && AfterDeterminer(words, nameStart),
        });
    }

    private void AddRoleParts(string text, List<Word> words, int start, int nameStart, List<Candidate> output)
    {
        // "South Korean National Intelligence Service Director": a demonym or place, then an organisation.
        var k = start;
        var titleAt = nameStart - 1;
        while (titleAt > start && IsTitleWord(words[titleAt - 1].Text)) titleAt--;
        while (titleAt > start && words[titleAt - 1].Text is "of" or "the") titleAt--;
        for (var len = Math.Min(3, titleAt - k); len >= 1; len--)
        {
            var phrase = string.Join(' ', words.GetRange(k, len).Select(w => w.Text));
            // "South Korean" in a title refers to South Korea, like "Indian navy" or "North Korean troops" elsewhere
            if (_lex.Demonyms.TryGetValue(phrase, out var country) || _lex.Places.TryGetValue(phrase, out country))
            {
                output.Add(new Candidate(words[k].Start, words[k + len - 1].End, text[words[k].Start..words[k + len - 1].End], EntityKind.Place, "name") { Canonical = country, Words = [.. phrase.Split(' ')] });
                k += len;
                break;
            }
        }
        if (titleAt - k >= 1 && words.GetRange(k, titleAt - k).All(w => w.IsWord && char.IsUpper(w.Text[0])) && !IsTitleWord(words[titleAt - 1].Text))
        {
            var names = words.GetRange(k, titleAt - k).Select(w => w.Text).ToList();
            var kind = Classify(names, words, k, titleAt, false, false, out var canonical, out var form);
            if (kind == EntityKind.Person) kind = EntityKind.Organization; // a name before a title is whom the person serves
            output.Add(new Candidate(words[k].Start, words[titleAt - 1].End, text[words[k].Start..words[titleAt - 1].End], kind, form)
            { Canonical = canonical, Words = names, Acronym = names.Count == 1 && IsAcronym(names[0]) });
        }
    }

    /// <summary>Lower-case role words right before a name or a title: "NATO spokeswoman", "North Korean leader".</summary>
    private int RoleLookBack(List<Word> words, int start, bool titled = false)
    {
        var k = start;
        var sawRoleNoun = titled || start < words.Count && IsTitleWord(words[start].Text);
        // the word right before must be a role noun, or the chunk itself starts with a title
        if (k > 0 && words[k - 1].IsWord && !words[k].GapBefore && _lex.RoleNouns.Contains(words[k - 1].Text) && char.IsLower(words[k - 1].Text[0]))
        {
            sawRoleNoun = true;
            k--;
        }
        if (!sawRoleNoun) return start;
        while (k > 0 && !words[k].GapBefore)
        {
            var p = words[k - 1];
            if (p.IsPossessive && k > 1) { k--; continue; }
            if (!p.IsWord) break;
            if (p.Text is "the" or "The" or "a" or "an" or "A" or "An") break;
            if (char.IsUpper(p.Text[0]) && !p.CapsUninformative) { k--; continue; }
            if (char.IsUpper(p.Text[0]) && (IsKnownName(p.Text) || IsAcronym(p.Text))) { k--; continue; }
            // a sentence-opening common word before a role noun is part of it: "Family spokesman Bob Gunnell"
            if (char.IsUpper(p.Text[0]) && p.CapsUninformative && _lex.IsCommon(p.Text) && !FunctionWords.Contains(p.Text)) { k--; break; }
            if (MentionLexicon.RoleModifiers.Contains(p.Text) || _lex.RoleNouns.Contains(p.Text) && char.IsLower(p.Text[0])) { k--; continue; }
            break;
        }
        // never start a role with a possessive mark
        while (k < start && words[k].IsPossessive) k++;
        return k;
    }

    /// <summary>", director of the National Intelligence Service," / ", a NATO spokeswoman," after a name.</summary>
    private string? Apposition(string text, List<Word> words, int end)
    {
        if (end + 1 >= words.Count || words[end].Text != ",") return null;
        var k = end + 1;
        if (words[k].Text is "the" or "a" or "an" or "its" or "his" or "her" or "their") k++;
        var from = k;
        var roleNounSeen = false;
        while (k < words.Count && k - from < 12)
        {
            var w = words[k];
            if (!w.IsWord && !w.IsPossessive) break;
            if (w.IsWord && char.IsLower(w.Text[0]))
            {
                if (_lex.RoleNouns.Contains(w.Text)) roleNounSeen = true;
                else if (!MentionLexicon.RoleModifiers.Contains(w.Text) && w.Text is not ("of" or "the" or "for" or "and" or "on" or "in" or "to")) return null;
            }
            else if (w.IsWord && IsTitleWord(w.Text)) roleNounSeen = true;
            k++;
        }
        if (!roleNounSeen || k == from || k >= words.Count || words[k].Text is not ("," or "." or ";" or ")")) return null;
        while (k - 1 > from && words[k - 1].Text is "of" or "the" or "and") k--;
        return Clean(text[words[from].Start..words[k - 1].End]);
    }

    private static string Clean(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static char GenderOfRole(string? role)
    {
        if (role is null) return '\0';
        var r = role.ToLowerInvariant();
        if (r.Contains("woman") || r.Contains("actress") || r.Contains("queen") || r.Contains("princess") || r.Contains("wife") || r.Contains("mother") || r.Contains("sister")) return 'f';
        if (r.Contains("spokesman") || r.Contains("chairman") || r.Contains("congressman") || r.Contains("king") || r.Contains("prince") || r.Contains("husband") || r.Contains("father") || r.Contains("brother")) return 'm';
        return '\0';
    }

    internal static bool IsAcronym(string t)
    {
        var letters = 0;
        foreach (var ch in t)
        {
            if (char.IsUpper(ch)) letters++;
            else if (ch != '.' && ch != '&') return false;
        }
        return letters >= 2 && letters <= 6;
    }

    private static string? AcronymInParentheses(List<Word> words, int end)
    {
        if (end + 2 < words.Count && words[end].Text == "(" && words[end + 2].Text == ")" && IsAcronym(words[end + 1].Text))
            return words[end + 1].Text;
        return null;
    }

    // ---------------------------------------------------------------------------------------------- kinds

    private static readonly HashSet<string> PlaceOfHeads = new(StringComparer.Ordinal)
    { "Republic", "Kingdom", "Gulf", "Sea", "Bay", "Isle", "Islands", "City", "Province", "Strait", "Straits", "Cape", "Port", "Mount", "Lake", "Coast", "State", "States", "Diocese" };

    private const int MinFeatureCount = 3;

    /// <summary>The words [start, end) are exactly what a pair of quotation marks encloses.</summary>
    private static bool Quoted(List<Word> words, int start, int end)
        => start > 0 && end < words.Count && words[start - 1].Text is "\"" or "“" or "‘" or "'" or "``"
           && words[end].Text is "\"" or "”" or "’" or "'" or "''" && words[start - 1].End == words[start].Start && words[end].Start == words[end - 1].End;

    private static readonly HashSet<string> ShipPrefixes = new(StringComparer.Ordinal) { "USS", "HMS", "INS", "HMCS", "HMAS", "MV", "SS", "RMS", "USNS" };

    private EntityKind Classify(List<string> name, List<Word> words, int start, int end, bool titled, bool apposition, out string? canonical, out string form)
        => Classify(name, words, start, end, titled, apposition, out canonical, out form, out _);

    /// <summary>Kind of a name. <paramref name="learned"/> is true when only the learned weights decided, so the
    /// resolver lets a rule-decided mention of the same entity overrule it.</summary>
    private EntityKind Classify(List<string> name, List<Word> words, int start, int end, bool titled, bool apposition, out string? canonical, out string form, out bool learned)
    {
        learned = false;
        canonical = null;
        form = "name";
        var full = string.Join(' ', name);
        if (titled) return EntityKind.Person;
        if (KnownNameIndex.TryGetValue(full, out var known))
        {
            canonical = known.Canonical;
            if (IsAcronym(full)) form = "acronym";
            return known.Kind;
        }
        if (_lex.Places.TryGetValue(full, out var place)) { canonical = place; return EntityKind.Place; }
        if (_lex.Demonyms.TryGetValue(full, out var country)) { canonical = country; return EntityKind.Place; }
        // "Russians", "the two Koreas": the people or states of a country
        if (full.Length > 4 && full[^1] == 's' && (_lex.Demonyms.TryGetValue(full[..^1], out country) || _lex.Places.TryGetValue(full[..^1], out country)))
        { canonical = country; return EntityKind.Place; }
        var last = name[^1];
        if (name.Count > 1 && ShipPrefixes.Contains(name[0])) return EntityKind.Other; // "INS Sukanya"
        // laws, treaties, wars, prizes, events and works are neither people, bodies nor places ("Endangered Species Act",
        // "Korean War", "Super Bowl"); so is a title set in quotation marks ("American Pie", "Scrubs")
        if (name.Count > 1 && MentionLexicon.OtherLastWords.Contains(last)) return EntityKind.Other;
        if (Quoted(words, start, end) && !_lex.Places.ContainsKey(full) && !(name.Count >= 2 && _lex.FirstNames.Contains(name[0]))) return EntityKind.Other;
        if (name.Any(t => char.IsLower(t[0]) && t.Skip(1).Any(char.IsUpper) && !t.Contains('-'))) return EntityKind.Other; // "iPhone"
        if (MentionLexicon.OrgLastWords.Contains(last) && (name.Count > 1 || !_lex.FirstNames.Contains(last))) return EntityKind.Organization;
        if (name.Count > 1 && KnownNameIndex.TryGetValue(name[0], out var head) && head.Kind == EntityKind.Organization) return EntityKind.Organization;
        if (name.Count > 1 && name[1] == "of" && MentionLexicon.OfHeads.Contains(name[0]))
            return PlaceOfHeads.Contains(name[0]) ? EntityKind.Place : EntityKind.Organization;
        if (MentionLexicon.PlaceLastWords.Contains(last) && name.Count > 1) return EntityKind.Place;
        if (name.Count > 1 && name[0] is "Mount" or "Mt" or "Mt." or "Lake" or "Fort" or "Port" or "Cape" or "Lake" or "Glacier" or "Camp")
            return EntityKind.Place;
        // "the Indo-Pacific region", "the Kursk region", "the Sinai peninsula": a name before a land noun is a place.
        if (end < words.Count && words[end].IsWord && RegionNouns.Contains(words[end].Text)) return EntityKind.Place;
        if (IsAcronym(full)) form = "acronym";
        var unknownSingle = name.Count == 1 && !_lex.Places.ContainsKey(full);

        // Learned token weights (naive Bayes over ECB+ train named mentions) plus context cues.
        var score = new double[4];
        var totals = _lex.KindTotals;
        var all = totals.Sum() + 4.0;
        for (var k = 0; k < 4; k++) score[k] = Math.Log((totals[k] + 1.0) / all);
        void Add(string feature)
        {
            // rare features mostly memorise one training name; they do not carry to new text
            if (!_lex.Features.TryGetValue(feature, out var c) || c.Sum() < MinFeatureCount) return;
            for (var k = 0; k < 4; k++) score[k] += Math.Log((c[k] + 0.5) / (totals[k] + 2.0)) - Math.Log((c.Sum() + 2.0) / (all + 8.0));
        }
        Add("F:" + name[0]);
        Add("L:" + last);
        foreach (var t in name.Distinct()) Add("W:" + t);
        if (form == "acronym") Add("S:ACRONYM");
        Add("N:" + Math.Min(name.Count, 4));
        const int Person = 0, Org = 1, Place = 2, Other = 3;
        if (name.Count is >= 2 and <= 4 && (_lex.FirstNames.Contains(name[0]) || MentionLexicon.EastAsianSurnames.Contains(name[0]) && name.Count <= 3)) score[Person] += 3;
        if (name.Count is 2 or 3 && name[^1].Contains('-') && char.IsLower(name[^1][^1])) score[Person] += 2; // Tae-yong, Jong-un
        if (name.Count == 1 && _lex.FirstNames.Contains(name[0])) score[Person] += 1;
        // News names a person in full before using a bare surname, and surnames are linked by the resolver: a lone
        // unknown word, or a run that does not start with a given name, is less likely a person.
        var initial = name[0].Length == 2 && name[0][1] == '.';
        if (!_lex.FirstNames.Contains(name[0]) && !MentionLexicon.EastAsianSurnames.Contains(name[0]) && !initial) score[Person] -= name.Count == 1 ? 1.0 : 1.5;
        if (apposition) score[Person] += 3; // ", minister of transport for Indonesia," follows people
        // the place gazetteers are broad: a single word they do not know is seldom a place
        if (unknownSingle) score[Place] -= 1.0;
        if (form == "acronym") score[Org] += 1.0;
        var next = end < words.Count ? words[end] : default;
        var next2 = end + 1 < words.Count ? words[end + 1] : default;
        if (next.IsWord && MentionLexicon.SpeechVerbs.Contains(next.Text)) score[Person] += 2;
        if (next.Text == "," && next2.IsWord && next2.Text is "who" or "whose") score[Person] += 2;
        if (next.Text == "," && next2.IsWord && next2.Text is "which") score[Org] += 1;
        var prev = start > 0 ? words[start - 1] : default;
        if (prev.IsWord && prev.Text is "in" or "In" or "at" or "from" or "near" or "to" or "across" or "outside" or "inside")
        { score[Place] += 1.5; score[Person] -= 1; }
        // "the Times", "the Pentagon" — but a name between "the" and a lower-case noun only modifies it and is as often
        // a person as anything ("the Bush administration", "the Obama campaign")
        if (prev.IsWord && prev.Text is "the" or "The" && !(next.IsWord && char.IsLower(next.Text[0]) && _lex.Common.GetValueOrDefault(next.Text)))
            score[Person] -= 2;
        if (name.Any(t => t.Any(char.IsDigit))) score[Other] += 1.5;
        if (name.All(t => _lex.IsCommon(t)) && name.Count > 1) score[Person] -= 1.5;
        var best = 0;
        for (var k = 1; k < 4; k++) if (score[k] > score[best]) best = k;
        learned = true;
        return best switch { Person => EntityKind.Person, Org => EntityKind.Organization, Place => EntityKind.Place, _ => EntityKind.Other };
    }

    // ---------------------------------------------------------------------------------------------- descriptions

    private void FindDescriptions(string text, List<Word> words, List<Candidate> output)
    {
        var names = output.Where(c => c.Form is "name" or "acronym").ToList();
        var byEnd = new Dictionary<int, Candidate>();
        foreach (var c in names) byEnd[c.End] = c;
        var byStart = new Dictionary<int, Candidate>();
        foreach (var c in names) if (c.Kind == EntityKind.Person) byStart.TryAdd(c.Start, c);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // "South Korea's spy chief": a named holder, a possessive, modifiers, a role noun, then no name
            if (w.IsPossessive)
            {
                // the owner may be a person too: "Cameron's spokesman" is someone else, known only by that description
                if (!byEnd.TryGetValue(w.Start, out var owner)) continue;
                var k = i + 1;
                var (roleEnd, ok) = RoleRun(words, k);
                if (!ok)
                {
                    // "Seoul's spy agency", "Russia's defence ministry": a country's body, named by what it is
                    if (owner.Kind == EntityKind.Place && BodyReference.CountryOf(string.Join(' ', owner.Words), _lex) is { } country
                        && BodyRun(words, k, allowCapitalised: false) is var bodyEnd and > 0)
                    {
                        AddBody(text, words, owner.Start, k, bodyEnd, country, output);
                        i = bodyEnd - 1;
                    }
                    continue;
                }
                if (roleEnd < words.Count && IsNameWord(words[roleEnd]) && words[roleEnd].Start - words[roleEnd - 1].End == 1) continue; // followed by the name itself
                var s = owner.Start; var e = words[roleEnd - 1].End;
                var phrase = Clean(text[s..e]);
                // ", Cho Tae-yong" right after: the description is that person's role, not a new entity
                if (roleEnd + 1 < words.Count && words[roleEnd].Text == ",")
                {
                    if (byStart.TryGetValue(words[roleEnd + 1].Start, out var after)) { after.Role ??= phrase; continue; }
                }
                output.Add(new Candidate(s, e, text[s..e], EntityKind.Person, "description") { Canonical = phrase, Role = phrase, Words = [words[roleEnd - 1].Text] });
                i = roleEnd - 1;
                continue;
            }
            // "South Korean intelligence said": a people's adjective and a field stand for that country's service
            if (w.IsWord && DemonymAt(words, i) is (var people, var len) && i + len < words.Count && words[i + len].IsWord
                && words[i + len].Text is "intelligence" && !(i + len + 1 < words.Count && words[i + len + 1].IsWord && ModifiesNoun(words[i + len + 1].Text)))
            {
                AddBody(text, words, w.Start, i + len, i + len + 1, people, output);
                i += len;
                continue;
            }
            // "the defence secretary", "the senior US official": resolved later to an entity with that role
            if (w.IsWord && w.Text is "the" or "The")
            {
                var (roleEnd, ok) = RoleRun(words, i + 1, allowCapitalised: true);
                if (!ok)
                {
                    // "the spy agency", "the South Korean intelligence agency", "the agency": a body named before
                    if (BodyRun(words, i + 1, allowCapitalised: true) is var bodyEnd and > 0)
                    {
                        AddBody(text, words, w.Start, i + 1, bodyEnd, null, output);
                        i = bodyEnd - 1;
                    }
                    continue;
                }
                if (roleEnd < words.Count && (IsNameWord(words[roleEnd]) || words[roleEnd].IsPossessive)) continue;
                if (roleEnd < words.Count && words[roleEnd].IsWord && words[roleEnd].Text is "of") continue; // "the head of ..." names a body, resolved poorly
                var s = w.Start; var e = words[roleEnd - 1].End;
                output.Add(new Candidate(s, e, text[s..e], EntityKind.Person, "title") { Words = [words[roleEnd - 1].Text.ToLowerInvariant()], Role = Clean(text[words[i + 1].Start..e]) });
                i = roleEnd - 1;
            }
        }
    }

    /// <summary>A demonym of one or two words starting at word i ("German", "South Korean"): its country and length.</summary>
    private (string Country, int Length)? DemonymAt(List<Word> words, int i)
    {
        if (i + 1 < words.Count && _lex.Demonyms.TryGetValue(words[i].Text + " " + words[i + 1].Text, out var two)) return (two, 2);
        return _lex.Demonyms.TryGetValue(words[i].Text, out var one) ? (one, 1) : null;
    }

    /// <summary>A word that "intelligence" would modify ("intelligence officials", "intelligence report").</summary>
    private bool ModifiesNoun(string next)
        => _lex.RoleNouns.Contains(next) || next.EndsWith('s') && _lex.IsCommon(next) && !next.EndsWith("ss", StringComparison.Ordinal)
           || next is "report" or "assessment" or "source" or "estimate" or "community" or "service" or "agency" or "chief"
               or "official" or "briefing" or "data" or "information" or "officer" or "analysis" or "committee" or "unit";

    /// <summary>Modifiers (fields, "national"; demonyms and countries when <paramref name="allowCapitalised"/>) then a
    /// lower-case body word ("agency", "ministry", "company"), not followed by a noun it would modify ("the agency
    /// chief") or by a name: returns the index after the body word, or 0.</summary>
    private int BodyRun(List<Word> words, int k, bool allowCapitalised)
    {
        var start = k;
        while (k < words.Count && k - start < 5)
        {
            var w = words[k];
            if (!w.IsWord || k > start && (w.GapBefore || w.Start - words[k - 1].End > 1)) return 0;
            if (char.IsLower(w.Text[0]) && BodyReference.IsBodyHead(w.Text))
            {
                var next = k + 1 < words.Count ? words[k + 1] : default;
                if (next.IsWord && (char.IsUpper(next.Text[0]) || _lex.Common.GetValueOrDefault(next.Text) || _lex.RoleNouns.Contains(next.Text))) return 0;
                return k + 1;
            }
            if (char.IsLower(w.Text[0]) && BodyReference.IsModifier(w.Text)) { k++; continue; }
            if (allowCapitalised && (_lex.Demonyms.ContainsKey(w.Text) || _lex.Countries.Contains(w.Text))) { k++; continue; }
            if (allowCapitalised && k + 1 < words.Count && _lex.Demonyms.ContainsKey(w.Text + " " + words[k + 1].Text)) { k += 2; continue; }
            return 0;
        }
        return 0;
    }

    /// <summary>An organisation known by a description, [start, bodyEnd) with its words from <paramref name="wordsFrom"/>.</summary>
    private void AddBody(string text, List<Word> words, int start, int wordsFrom, int bodyEnd, string? country, List<Candidate> output)
    {
        var e = words[bodyEnd - 1].End;
        var phrase = Clean(text[start..e]);
        var bodyWords = words.GetRange(wordsFrom, bodyEnd - wordsFrom).Select(w => w.Text).ToList();
        var features = BodyReference.Features(bodyWords, _lex, country);
        output.Add(new Candidate(start, e, text[start..e], EntityKind.Organization, "description")
        {
            Canonical = phrase, Words = [words[bodyEnd - 1].Text], Body = features,
        });
    }

    /// <summary>Modifiers then a singular role noun as the last word: returns the index after the role noun.</summary>
    private (int End, bool Ok) RoleRun(List<Word> words, int k, bool allowCapitalised = false)
    {
        var start = k;
        var lastRole = -1;
        while (k < words.Count && k - start < 5)
        {
            var w = words[k];
            if (!w.IsWord) break;
            if (k > start && (w.GapBefore || w.Start - words[k - 1].End > 1)) break;
            var lower = w.Text.ToLowerInvariant();
            if (_lex.RoleNouns.Contains(lower) && (char.IsLower(w.Text[0]) || allowCapitalised)) { lastRole = k; k++; continue; }
            if (MentionLexicon.RoleModifiers.Contains(w.Text) && char.IsLower(w.Text[0])) { k++; continue; }
            if (allowCapitalised && (_lex.Demonyms.ContainsKey(w.Text) || _lex.Countries.Contains(w.Text) || IsAcronym(w.Text))) { k++; continue; }
            break;
        }
        if (lastRole < 0 || lastRole != k - 1) return (k, false);
        var head = words[lastRole].Text.ToLowerInvariant();
        if (head.EndsWith('s') && !head.EndsWith("ss")) return (k, false);
        return (k, true);
    }
}

/// <summary>A mention before entity resolution.</summary>
internal sealed class Candidate(int start, int end, string text, EntityKind kind, string form)
{
    public int Start { get; } = start;
    public int End { get; } = end;
    public string Text { get; } = text;
    public EntityKind Kind { get; set; } = kind;
    public string Form { get; set; } = form;
    public IReadOnlyList<string> Words { get; init; } = [];
    public string? Canonical { get; set; }
    public string? Role { get; set; }
    public bool Possessive { get; init; }
    public char Gender { get; init; }
    public bool Acronym { get; init; }
    /// <summary>The kind came from learned weights only (no gazetteer, cue word or title decided it).</summary>
    public bool LearnedKind { get; init; }
    public string? ExpansionOf { get; init; }
    /// <summary>The name's first capital tells something (mid-sentence, not a headline or sentence start).</summary>
    public bool CapitalInformative { get; init; }
    /// <summary>A capital city used for its government ("Pyongyang has denied"): the country it stands for.</summary>
    public string? StandsFor { get; init; }
    /// <summary>For a description of an organisation: what it says of the body (<see cref="BodyReference"/>).</summary>
    public BodyFeatures? Body { get; init; }
    /// <summary>"the North", "the South": a compass word used as a name.</summary>
    public bool Compass { get; init; }
    /// <summary>Resolved as a stand-in for another name (a capital for its country, "the North" for North Korea): not a
    /// form to name the entity by.</summary>
    public bool Metonym { get; set; }
    public string? Entity { get; set; }
}
