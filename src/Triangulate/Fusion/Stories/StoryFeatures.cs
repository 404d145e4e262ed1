using Triangulate.Documents;

namespace Triangulate.Fusion.Stories;

/// <summary>The kind of an article feature: what it says about the event (and how <c>why</c> words it).</summary>
public enum FeatureKind
{
    Term, Name, Date, Participant,
    /// <summary>Identity evidence for the learned join score only (<see cref="StoryOptions.LearnedJoin"/>); never in
    /// the tf-idf vector: a stated number ("q:6.1"), a place or organisation the mentions stage found ("l:", "o:"),
    /// a bigram of content words ("b:"), a word of the lead sentence ("h:").</summary>
    Number, Place, Organization, Bigram, Lead,
    /// <summary>A name the article's lead writes ("ln:rahman"; weight: the name's sublinear count in the whole
    /// article), for the lead conflict test only (<see cref="StoryOptions.LeadConflicts"/>); never in the vector.</summary>
    LeadName,
}

/// <summary>One feature of an article for story grouping: a folded key, a display form as first written,
/// its kind and a sublinear term frequency.</summary>
public sealed record StoryFeature(string Key, string Display, FeatureKind Kind, double Weight);

/// <summary>Extracts the features that identify an event: content words, names (runs of capitalised words, which
/// separate two earthquakes or two shootings better than any common word) and dates (explicit years, resolved
/// time expressions, the publication date).</summary>
public static class StoryFeatures
{
    /// <summary>The article's features; with <paramref name="identity"/> also the identity evidence only the learned
    /// join score reads (numbers, places, organisations, bigrams, lead words), which costs time the default skips.</summary>
    public static IReadOnlyList<StoryFeature> Of(AnalyzedArticle doc, bool identity = false, int leadSentences = 0, bool namesByMajority = false)
    {
        var words = FusionText.BodyWords(doc);
        var counts = new Dictionary<string, (string Display, FeatureKind Kind, int Count)>(StringComparer.Ordinal);
        // with namesByMajority: how often each word is written capitalised (a name is a word mostly written so, not
        // one whose first occurrence is, which a lower-cased web address or slug line before the text decides)
        var capitalised = namesByMajority ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        void Count(string key, string display, FeatureKind kind)
        {
            if (counts.TryGetValue(key, out var c)) counts[key] = (c.Display, c.Kind, c.Count + 1);
            else counts[key] = (display, kind, 1);
        }
        var text = doc.Text;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Kind == TokenKind.Number)
            {
                if (w.Lower.Length == 4 && int.TryParse(w.Lower, out var y) && y is >= 1900 and <= 2099)
                    Count("y:" + w.Lower, w.Lower, FeatureKind.Date);
                continue;
            }
            if (StopWords.Contains(w.Lower) || w.Lower.Length < 3 || !char.IsLetter(w.Lower[0])) continue;
            Count(w.Lower, text[w.Start..w.End], w.Capitalized ? FeatureKind.Name : FeatureKind.Term);
            if (capitalised is not null && w.Capitalized) capitalised[w.Lower] = capitalised.GetValueOrDefault(w.Lower) + 1;
        }
        if (capitalised is not null)
            foreach (var key in counts.Keys.ToArray())
                if (counts[key] is { Kind: FeatureKind.Name or FeatureKind.Term } c)
                {
                    var caps = capitalised.GetValueOrDefault(key);
                    var kind = caps * 2 > c.Count ? FeatureKind.Name : FeatureKind.Term;
                    if (kind != c.Kind)
                    {
                        var first = words.First(w => w.Lower == key && w.Capitalized == (kind == FeatureKind.Name));
                        counts[key] = (text[first.Start..first.End], kind, c.Count);
                    }
                }
        // multi-word names: adjacent capitalised words ("Cho Tae-yong", "National Intelligence Service")
        for (var i = 0; i < words.Count;)
        {
            if (!IsNameWord(words[i])) { i++; continue; }
            var j = i;
            while (j + 1 < words.Count && IsNameWord(words[j + 1]) && OnlySpaceBetween(text, words[j], words[j + 1])) j++;
            if (j > i)
            {
                var key = "n:" + string.Join(' ', Enumerable.Range(i, j - i + 1).Select(k => words[k].Lower));
                Count(key, text[words[i].Start..words[j].End], FeatureKind.Name);
            }
            i = j + 1;
        }
        foreach (var t in doc.Times)
            if (t.Type == TimeType.Date && t.Value is { Length: >= 7 } v && char.IsDigit(v[0]))
                Count("d:" + v, v, FeatureKind.Date);
        if (doc.Article.Published is { } p) Count("d:" + p.ToString("yyyy-MM-dd"), p.ToString("yyyy-MM-dd"), FeatureKind.Date);
        // participants: the people the mentions stage found, counted over every mention (surnames and pronouns
        // included), so the two boxers of a fight outweigh a name dropped once
        foreach (var entity in doc.Mentions.Where(m => m.Kind == EntityKind.Person).GroupBy(m => m.Entity, StringComparer.Ordinal))
        {
            var canonical = entity.Select(m => m.Canonical).MaxBy(c => c.Length) ?? "";
            var surname = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(w => w.Any(char.IsLetter));
            if (surname is null || surname.Length < 2 || !char.IsUpper(surname[0])) continue;
            var key = "p:" + FusionText.Fold(surname);
            foreach (var _ in entity) Count(key, canonical, FeatureKind.Participant);
        }

        // identity evidence for the learned join score (kept out of the vector): numbers other than years, places and
        // organisations, bigrams of adjacent content words, and the content words of the lead sentence
        if (identity) AddIdentity(doc, words, Count);
        // names of the lead (what happened to whom, where): a word written capitalised inside the sentence, that the
        // article counts as a name, weighted by how often the whole article repeats it
        var leadOf = leadSentences > 0 ? LeadSentences(doc, leadSentences) : [];
        foreach (var s in leadOf)
            foreach (var w in words)
                if (w.Start > s.Start && w.End <= s.End && IsNameWord(w) && w.Lower.Length >= 3
                    && counts.TryGetValue(w.Lower, out var c) && c.Kind == FeatureKind.Name && !counts.ContainsKey("ln:" + w.Lower))
                    counts["ln:" + w.Lower] = (c.Display, FeatureKind.LeadName, c.Count);
        // numbers of the lead ("ln:#5.6") and of the whole article ("an:#5.6"), years left out (the stated figures of an
        // event: its magnitude, its dead, its score)
        if (leadSentences > 0)
        {
            foreach (var q in doc.Quantities)
                if (q.Value is { } qv && !doc.IsRemoved(q.Start) && !(qv is >= 1900 and <= 2099 && qv == Math.Floor(qv)))
                {
                    var v = "#" + qv.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
                    counts.TryAdd("an:" + v, (text[q.Start..q.End], FeatureKind.LeadName, 1));
                    if (leadOf.Any(s => q.Start >= s.Start && q.Start < s.End)) counts.TryAdd("ln:" + v, (text[q.Start..q.End], FeatureKind.LeadName, 1));
                }
        }

        var result = new List<StoryFeature>(counts.Count);
        foreach (var (key, c) in counts.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            // a word mostly written capitalised is a name; the display is its first form
            result.Add(new StoryFeature(key, c.Display, c.Kind, 1 + Math.Log(c.Count)));
        }
        return result;
    }

    private static void AddIdentity(AnalyzedArticle doc, IReadOnlyList<BodyWord> words, Action<string, string, FeatureKind> count)
    {
        var text = doc.Text;
        foreach (var q in doc.Quantities)
            if (q.Value is { } qv && !doc.IsRemoved(q.Start) && !(qv is >= 1900 and <= 2099 && qv == Math.Floor(qv)))
            {
                var key = "q:" + qv.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
                count(key, text[q.Start..q.End], FeatureKind.Number);
            }
        foreach (var m in doc.Mentions.Where(m => m.Kind is EntityKind.Place or EntityKind.Organization && m.Form == "name"))
            count((m.Kind == EntityKind.Place ? "l:" : "o:") + FusionText.Fold(m.Canonical), m.Canonical,
                m.Kind == EntityKind.Place ? FeatureKind.Place : FeatureKind.Organization);
        BodyWord? previous = null;
        foreach (var w in words)
        {
            var content = w.Kind == TokenKind.Word && w.Lower.Length >= 3 && !StopWords.Contains(w.Lower);
            if (content && previous is { } pw && OnlySpaceBetween(text, pw, w))
                count("b:" + pw.Lower + " " + w.Lower, text[pw.Start..w.End], FeatureKind.Bigram);
            previous = content ? w : null;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (doc.BodySentences.FirstOrDefault() is { } lead)
            foreach (var w in words)
                if (w.Start >= lead.Start && w.End <= lead.End && w.Kind == TokenKind.Word && w.Lower.Length >= 3 && !StopWords.Contains(w.Lower)
                    && seen.Add(w.Lower))
                    count("h:" + w.Lower, text[w.Start..w.End], FeatureKind.Lead);
    }

    /// <summary>The article's lead: its headline (when the cleaning stage marked one) and its first
    /// <paramref name="count"/> body sentences of at least five words that are not a web address or a dateline
    /// line, where a news report states what happened, to whom, where and when.</summary>
    public static IReadOnlyList<Sentence> LeadSentences(AnalyzedArticle doc, int count)
    {
        var lead = new List<Sentence>();
        var body = 0;
        foreach (var s in doc.Sentences)
        {
            var title = false;
            var removed = false;
            foreach (var r in doc.Removed)
                if (s.Start >= r.Start && s.Start < r.End) { removed = true; title = r.Kind == NoiseKind.Title; break; }
            if (removed && !title) continue;
            var text = doc.Text.AsSpan(s.Start, s.End - s.Start);
            if (text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)) continue;
            var letterWords = 0;
            foreach (var w in text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) if (w.Length >= 2 && char.IsLetter(w[0])) letterWords++;
            if (letterWords < 5) continue;
            lead.Add(s);
            if (!title && ++body >= count) break;
        }
        return lead;
    }

    private static bool IsNameWord(BodyWord w)
        => w.Capitalized && w.Kind == TokenKind.Word && !StopWords.Contains(w.Lower);

    private static bool OnlySpaceBetween(string text, BodyWord a, BodyWord b)
    {
        for (var i = a.End; i < b.Start; i++) if (text[i] != ' ') return false;
        return true;
    }

    /// <summary>Function words and reporting verbs that say nothing about which event an article reports.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the","and","for","that","with","was","were","are","has","have","had","but","not","from","this","these","those",
        "his","her","its","their","they","them","she","him","who","whom","which","what","when","where","why","how",
        "will","would","could","should","can","may","might","must","been","being","into","onto","over","under","than",
        "then","there","here","also","just","only","more","most","some","any","all","each","other","such","our","out",
        "about","after","before","again","against","between","through","during","while","because","since","until",
        "said","says","say","told","tell","according","reported","report","reports","news","added","including",
        "one","two","three","four","five","six","seven","eight","nine","ten","first","second","third","last",
        "new","year","years","day","days","week","weeks","time","times","people","like","get","got","did","does","doing",
        "you","your","yours","we","us","our","ours","i","me","my","mine","it","he","a","an","of","to","in","on","at","by",
        "as","is","be","or","if","so","no","up","do","am","mr","mrs","ms","dr","per","via","yet","off","own","same",
        "very","too","now","still","even","much","many","well","back","down","made","make","takes","take","took",
        "monday","tuesday","wednesday","thursday","friday","saturday","sunday","today","yesterday","tomorrow",
        "http","https","www","com","html","htm","php","index","article","story","stories","photo","image","video",
        "click","read","share","comments","comment","posted","updated","copyright","rights","reserved",
        "january","february","march","april","june","july","august","september","october","november","december",
        "jan","feb","mar","apr","jun","jul","aug","sep","sept","oct","nov","dec","according",
    };
}
