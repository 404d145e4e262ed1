using System.Reflection;

namespace Triangulate.Fusion.Stories;

/// <summary>Document frequencies of words in a background news corpus (PolNeAR training articles; built by
/// tools/build_background_df.py). A prior for inverse document frequency, so the first articles of a stream are
/// weighed as sensibly as the thousandth.</summary>
public sealed class BackgroundFrequencies
{
    private readonly Dictionary<string, int> _df;
    public int Documents { get; }

    private BackgroundFrequencies(Dictionary<string, int> df, int documents) { _df = df; Documents = documents; }

    public static BackgroundFrequencies None { get; } = new(new Dictionary<string, int>(), 0);

    private static readonly Lazy<BackgroundFrequencies> _default = new(Load);
    public static BackgroundFrequencies Default => _default.Value;

    public int Of(string word) => _df.GetValueOrDefault(word);

    private static BackgroundFrequencies Load()
    {
        var asm = typeof(BackgroundFrequencies).Assembly;
        var name = asm.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("background-df.tsv", StringComparison.Ordinal));
        if (name is null) return None;
        using var reader = new StreamReader(asm.GetManifestResourceStream(name)!);
        var df = new Dictionary<string, int>(16384, StringComparer.Ordinal);
        var docs = 0;
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var n = int.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
            if (line.StartsWith("#documents", StringComparison.Ordinal)) docs = n; else df[line[..tab]] = n;
        }
        return new BackgroundFrequencies(df, docs);
    }
}
