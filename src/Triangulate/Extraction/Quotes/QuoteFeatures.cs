namespace Triangulate.Extraction.Quotes;

/// <summary>
/// Receives the features of one decision, each given as up to four parts that together spell the feature's name
/// ("w_n=" + "said" + "_" + "that"). Extraction looks the name up in the model's weights straight from the parts
/// (<see cref="LogisticModel.WeightSum"/>, no string built per word); training collects the names as strings
/// (<see cref="FeatureNames"/>). Both see the same features in the same order, so the scores are identical.
/// </summary>
internal interface IFeatureSink
{
    void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default);
}

/// <summary>Collects feature names as strings (training, inspection, and the reference the fast path is tested against).</summary>
internal readonly struct FeatureNames(List<string> names) : IFeatureSink
{
    private readonly List<string> _names = names;

    public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default) =>
        _names.Add(string.Concat(a, b, c, d));

    public string[] ToArray() => _names.ToArray();
}

/// <summary>
/// Feature strings of the two learned decisions of the quotes stage (see <see cref="QuoteModels"/>): whether a word
/// heads an attribution cue, and where a reported clause that follows its cue ends. Only the word itself and its
/// near context in the piece sentence are used, so the same code serves training and extraction.
/// </summary>
internal static class QuoteFeatures
{
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    { "will", "would", "could", "should", "can", "may", "might", "must", "shall" };

    /// <summary>A coarse class of a piece for context features: punctuation and quotations by themselves, then
    /// pronouns, determiners, auxiliaries, "that", "to", capitalised words, lower-case words.</summary>
    internal static string Class(string text, Piece[] p, int k)
    {
        if (k < 0) return "<s>";
        if (k >= p.Length) return "</s>";
        var x = p[k];
        if (x.IsQuote) return "Q";
        if (x.Kind == PieceKind.Punct) return x.Lower;
        if (x.Lower is "that" or "to" or "and" or "but" or "who" or "which" or "as" or "by" or "'s") return x.Lower;
        if (FrameFinder.Pronouns.Contains(x.Lower) || x.Lower is "him" or "them" or "us" or "me") return "PRON";
        if (FrameFinder.IsDeterminer(x.Lower)) return "DET";
        if (Modals.Contains(x.Lower)) return "MODAL";
        if (FrameFinder.IsAuxiliary(x.Lower)) return "AUX";
        if (char.IsDigit(text[x.Start])) return "NUM";
        if (x.IsCapitalised(text)) return k == 0 ? "CAP0" : "CAP";
        if (x.Lower.EndsWith("ly", StringComparison.Ordinal) && x.Lower.Length > 4) return "LY";
        if (x.Lower.EndsWith("ing", StringComparison.Ordinal)) return "ING";
        if (x.Lower.EndsWith("ed", StringComparison.Ordinal)) return "ED";
        return "w";
    }

    private static string Word(Piece[] p, int k) =>
        k < 0 ? "<s>" : k >= p.Length ? "</s>" : p[k].IsQuote ? "Q" : p[k].Lower;

    /// <summary>Does word <paramref name="i"/> head a cue ("said", "told", "believes", "according")?</summary>
    internal static string[] Cue(string text, Piece[] p, int i)
    {
        var names = new FeatureNames(new List<string>(24));
        Cue(text, p, i, ref names);
        return names.ToArray();
    }

    /// <summary>Does a reported clause that started at <paramref name="start"/> end just before piece
    /// <paramref name="k"/> ("he said the plan failed | , which ...", "... | at a rally")?</summary>
    internal static string[] End(string text, Piece[] p, int start, int k, string cue)
    {
        var names = new FeatureNames(new List<string>(20));
        End(text, p, start, k, cue, ref names);
        return names.ToArray();
    }

    internal static void Cue<TSink>(string text, Piece[] p, int i, ref TSink f) where TSink : struct, IFeatureSink
    {
        var w = p[i].Lower;
        string c1 = Class(text, p, i - 1), c2 = Class(text, p, i - 2), n1 = Class(text, p, i + 1), n2 = Class(text, p, i + 2);
        string pw = Word(p, i - 1), nw = Word(p, i + 1);
        ReadOnlySpan<char> s3 = Suffix(w, 3), s2 = Suffix(w, 2);
        f.Add("w=", w); f.Add("s3=", s3); f.Add("s2=", s2);
        f.Add("p=", pw); f.Add("n=", nw); f.Add("w_n=", w, "_", nw); f.Add("p_w=", pw, "_", w);
        f.Add("c-1=", c1); f.Add("c+1=", n1); f.Add("c-1c+1=", c1, "_", n1); f.Add("c-2c-1=", c2, "_", c1); f.Add("c+1c+2=", n1, "_", n2);
        f.Add("w_c+1=", w, "_", n1); f.Add("w_c-1=", w, "_", c1); f.Add("s3_c+1=", s3, "_", n1);
        // An "-ed" or "-ing" form right after an article modifies the noun that follows ("A surprised Councilman
        // Reyes quipped"): the suffix with the class before generalises past the words seen in TRAIN.
        f.Add("s2_c-1=", s2, "_", c1);
        // The subject side past auxiliaries, adverbs and time words ("Russia has so far denied", "he also said").
        var l = i - 1;
        while (l >= 0 && p[l].IsWord && (FrameFinder.IsAuxiliary(p[l].Lower) || Class(text, p, l) == "LY" || p[l].Lower is "so" or "thus" or "far" or "not" or "n't" or "never" or "also" or "too" or "however" or "now" or "then" or "still" or "again" or "yet" or "already" or "once"))
            l--;
        if (l < i - 1)
        {
            var cl = Class(text, p, l);
            f.Add("cl=", cl);
            f.Add("cl_w=", cl, "_", w);
            f.Add("cl_s3=", cl, "_", s3);
        }
        for (var k = i + 1; k < Math.Min(p.Length, i + 5); k++)
            if (p[k].Lower == "that") { f.Add("that-near"); f.Add("w_that-near=", w); break; }
        if (p[i].IsCapitalised(text)) f.Add(i == 0 ? "cap0" : "cap");
        if (i == 0) f.Add("first");
        var quoteAfter = false;
        for (var k = i + 1; k < Math.Min(p.Length, i + 6); k++) if (p[k].IsQuote) { quoteAfter = true; break; }
        var quoteBefore = false;
        for (var k = Math.Max(0, i - 5); k < i; k++) if (p[k].IsQuote) { quoteBefore = true; break; }
        if (quoteAfter) f.Add("qafter");
        if (quoteBefore) f.Add("qbefore");
        if (quoteBefore && i > 0 && (p[i - 1].IsQuote || (i > 1 && p[i - 2].IsQuote))) f.Add("qadj");
        // "..., he said." / "the economy is weak, Smith said": a cue near the sentence end after a comma.
        if (p.Length - i <= 3) f.Add(Math.Min(3, p.Length - i) switch { 1 => "end1", 2 => "end2", _ => "end3" });
    }

    internal static void End<TSink>(string text, Piece[] p, int start, int k, string cue, ref TSink f) where TSink : struct, IFeatureSink
    {
        string b = Class(text, p, k - 1), a = Class(text, p, k), a2 = Class(text, p, k + 1);
        string bw = Word(p, k - 1), aw = Word(p, k), aw2 = Word(p, k + 1);
        var len = k - start;
        f.Add("b=", bw); f.Add("a=", aw); f.Add("a_a2=", aw, "_", aw2); f.Add("cb=", b); f.Add("ca=", a); f.Add("cb_ca=", b, "_", a);
        f.Add("ca_ca2=", a, "_", a2); f.Add("a_ca2=", aw, "_", a2);
        f.Add("len=", len switch { 1 => "1", 2 => "2", 3 => "3", < 4 => len.ToString(), < 8 => "4-7", < 16 => "8-15", _ => "16+" });
        f.Add("cue=", cue); f.Add("ca_len=", a, "_", len < 4 ? "s" : len < 12 ? "m" : "l");
        if (k >= p.Length) f.Add("eos");
        else if (k == p.Length - 1 && p[k].Kind == PieceKind.Punct) f.Add("lastpunct");
        // A cue word after the break starts someone else's attribution ("..., Smith said").
        if (k < p.Length && p[k].IsWord && CueLexicon.Default.IsStrong(p[k].Lower)) f.Add("a-strongcue");
        if (k + 1 < p.Length && p[k + 1].IsWord && CueLexicon.Default.IsStrong(p[k + 1].Lower)) f.Add("a2-strongcue");
        if (FrameFinder.ContainsQuote(p, start, k)) f.Add("quote-inside");
        // "was not opposed by Manafort, but by Trump's children", "not only ..., but also ...": after a negation in
        // the clause, ", but" mostly goes on with a contrast of phrases (TRAIN: 180 contents run on, 15 stop) where
        // without one it mostly opens the writer's clause.
        if (HasNegation(p, start, k)) f.Add("neg_a_a2=", aw, "_", aw2);
        // The class after the word past the break tells a phrase ("but by", "but in") from a clause ("but he").
        f.Add("a2_ca3=", aw2, "_", Class(text, p, k + 2));
    }

    private static bool HasNegation(Piece[] p, int start, int k)
    {
        for (var i = start; i < k && i < p.Length; i++)
            if (p[i].IsWord && (p[i].Lower is "not" or "never" or "n't" or "n’t" || p[i].Lower.EndsWith("n't", StringComparison.Ordinal) || p[i].Lower.EndsWith("n’t", StringComparison.Ordinal)))
                return true;
        return false;
    }

    private static ReadOnlySpan<char> Suffix(string w, int n) => w.Length <= n ? w : w.AsSpan(w.Length - n);
}
