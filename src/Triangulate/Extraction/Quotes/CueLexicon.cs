using System.Reflection;
using Triangulate.Text;

namespace Triangulate.Extraction.Quotes;

/// <summary>
/// Words that introduce attributions ("said", "told", "according to", "wrote"), with how often each form was a cue
/// in the PolNeAR training split against how often it occurs at all. Derived by <c>tools/learn_quote_cues.py</c>;
/// see docs/DATA.md. The ratio is a prior: "said" is a cue 92% of the time, "support" 18%.
/// </summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, (int Cue, int Total)> _words;
    private readonly Dictionary<string, int> _phrases;
    // keyed by (form, next word): the look-up runs for nearly every word of every sentence, so no key string is built
    private readonly Dictionary<(string Form, string Next), (int Cue, int Total)> _contexts;
    private readonly Dictionary<string, (int Cue, int Total)> _lemmas;

    private CueLexicon(Dictionary<string, (int, int)> words, Dictionary<string, int> phrases, Dictionary<(string, string), (int, int)> contexts)
    {
        _words = words;
        _phrases = phrases;
        _contexts = contexts;
        _lemmas = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var (form, (cue, total)) in words)
        {
            var lemma = SimpleLemmatizer.Lemma(form);
            _lemmas[lemma] = _lemmas.TryGetValue(lemma, out var c) ? (c.Cue + cue, c.Total + total) : (cue, total);
        }
    }

    /// <summary>Cue and total counts of all listed forms sharing the form's lemma ("warns" with "warned", "warning").</summary>
    public (int Cue, int Total) LemmaCounts(string lowerForm) =>
        _lemmas.TryGetValue(SimpleLemmatizer.Lemma(lowerForm), out var c) ? c : (0, 0);

    public static CueLexicon Default { get; } = Load();

    /// <summary>Share of occurrences of the (lower-case) form that were annotated as attribution cues.</summary>
    public double Probability(string lowerForm) =>
        _words.TryGetValue(lowerForm, out var c) && c.Total > 0 ? (double)c.Cue / c.Total : 0.0;

    /// <summary>A frequent, reliable cue ("said", "told", "wrote"): used to stop noun phrases and look-aheads.</summary>
    public bool IsStrong(string lowerForm) => CueCount(lowerForm) >= 20 && Probability(lowerForm) >= 0.5;

    public int CueCount(string lowerForm) => _words.TryGetValue(lowerForm, out var c) ? c.Cue : 0;

    public bool IsPhrase(string lowerPhrase) => _phrases.ContainsKey(lowerPhrase);

    /// <summary>How often the form was a cue when the next word was <paramref name="next"/> ("sought" before "to",
    /// "pointed" before "to", "warned" before "of"), and how often it stood there at all (lines <c>form +next</c>).</summary>
    public (int Cue, int Total) InContext(string lowerForm, string next) =>
        _contexts.TryGetValue((lowerForm, next), out var c) ? c : (0, 0);

    private static CueLexicon Load()
    {
        var words = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, int>(StringComparer.Ordinal);
        var contexts = new Dictionary<(string, string), (int, int)>();
        var asm = typeof(CueLexicon).Assembly;
        var name = asm.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("quote-cues.tsv", StringComparison.Ordinal));
        if (name is null) return new CueLexicon(words, phrases, contexts);
        using var stream = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 3 || !int.TryParse(f[1], out var cue) || !int.TryParse(f[2], out var total)) continue;
            if (f[0].IndexOf(" +", StringComparison.Ordinal) is var plus and >= 0) contexts[(f[0][..plus], f[0][(plus + 2)..])] = (cue, total);
            else if (f[0].Contains(' ')) phrases[f[0]] = cue;
            else words[f[0]] = (cue, total);
        }
        return new CueLexicon(words, phrases, contexts);
    }
}
