namespace Triangulate.Text;

/// <summary>
/// A deliberately small English lemmatiser (the evaluation baselines' head lemmas, the cue lexicon's verb families): lower-cases, drops a possessive, maps a short list of
/// irregular forms, then strips inflectional suffixes (-s/-es/-ies, -ed/-ied, -ing), undoubles a final consonant
/// ("shooting" → "shoot") and drops a final silent -e, so that "make/makes/making" and "arrest/arrested" meet.
/// The output is a matching key, not always a dictionary word ("make" → "mak").
/// </summary>
public static class SimpleLemmatizer
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["is"] = "be", ["are"] = "be", ["was"] = "be", ["were"] = "be", ["been"] = "be", ["am"] = "be", ["being"] = "be",
        ["has"] = "have", ["had"] = "have", ["having"] = "have", ["does"] = "do", ["did"] = "do", ["done"] = "do",
        ["said"] = "say", ["says"] = "say", ["went"] = "go", ["gone"] = "go", ["goes"] = "go", ["came"] = "come",
        ["took"] = "take", ["taken"] = "take", ["made"] = "make", ["got"] = "get", ["gotten"] = "get", ["gave"] = "give",
        ["given"] = "give", ["told"] = "tell", ["found"] = "find", ["left"] = "leave", ["held"] = "hold", ["won"] = "win",
        ["lost"] = "lose", ["shot"] = "shoot", ["struck"] = "strike", ["fell"] = "fall", ["fallen"] = "fall",
        ["hit"] = "hit", ["killed"] = "kill", ["sent"] = "send", ["met"] = "meet", ["led"] = "lead", ["ran"] = "run",
        ["began"] = "begin", ["begun"] = "begin", ["bought"] = "buy", ["sold"] = "sell", ["brought"] = "bring",
        ["thought"] = "think", ["caught"] = "catch", ["fought"] = "fight", ["saw"] = "see", ["seen"] = "see",
        ["knew"] = "know", ["known"] = "know", ["stole"] = "steal", ["stolen"] = "steal", ["broke"] = "break",
        ["broken"] = "break", ["chose"] = "choose", ["chosen"] = "choose", ["wrote"] = "write", ["written"] = "write",
        ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["people"] = "person", ["police"] = "police",
        ["feet"] = "foot", ["mice"] = "mouse", ["lives"] = "life", ["wives"] = "wife", ["thieves"] = "thief",
    };

    public static string Lemma(string word)
    {
        var w = word.ToLowerInvariant().Replace('\u2019', '\'');
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('\'')) w = w[..^1];
        if (Irregular.TryGetValue(w, out var irr)) return Stem(irr);
        return Stem(w);
    }

    private static string Stem(string w)
    {
        if (w.Length <= 3 || !w.All(char.IsLetter)) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal)
                 || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
                 || w.EndsWith("zzes", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                 && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) w = Undouble(w[..^3]);
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) w = Undouble(w[..^2]);
        if (w.EndsWith('e') && w.Length > 3 && !w.EndsWith("ee", StringComparison.Ordinal)) w = w[..^1];
        return w;
    }

    private static string Undouble(string w)
        => w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z' or 'e' or 'o') ? w[..^1] : w;
}
