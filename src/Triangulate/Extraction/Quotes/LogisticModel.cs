using System.Globalization;
using System.Text;

namespace Triangulate.Extraction.Quotes;

/// <summary>
/// A binary logistic-regression model over sparse string features (each feature present counts 1). The weights are
/// learned from the PolNeAR TRAIN split by <c>tools/QuoteEval --train-models</c> (see docs/EVALUATION.md, attribution
/// section) and shipped as a resource: one <c>feature TAB weight</c> line each, <c>@bias</c> for the intercept.
/// </summary>
public sealed class LogisticModel
{
    private readonly Dictionary<string, double> _weights;
    private readonly FeatureWeights _byParts;
    private readonly double _bias;

    public LogisticModel(Dictionary<string, double> weights, double bias)
    {
        _weights = weights;
        _byParts = new FeatureWeights(weights);
        _bias = bias;
    }

    public int FeatureCount => _weights.Count;

    public double Score(IEnumerable<string> features)
    {
        var z = _bias;
        foreach (var f in features)
            if (_weights.TryGetValue(f, out var w)) z += w;
        return z;
    }

    public double Probability(IEnumerable<string> features) => Sigmoid(Score(features));

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    /// <summary>A running score to hand to the feature code: each feature name, given in parts, is looked up as it
    /// comes, in the same order and with the same sum as <see cref="Score"/> over the spelled-out names.</summary>
    internal WeightSum StartSum() => new(this);

    internal struct WeightSum(LogisticModel model) : IFeatureSink
    {
        private double _z = model._bias;

        public readonly double Score => _z;

        public readonly double Probability => Sigmoid(_z);

        public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default)
        {
            if (model._byParts.TryGet(a, b, c, d, out var w)) _z += w;
        }
    }

    public static LogisticModel Read(TextReader reader)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var bias = 0.0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || !double.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var w)) continue;
            var name = line[..tab];
            if (name == "@bias") bias = w;
            else weights[name] = w;
        }
        return new LogisticModel(weights, bias);
    }

    /// <summary>Writes the model as <see cref="ToText"/> gives it.</summary>
    public void Write(TextWriter writer, string header) => writer.Write(ToText(header));

    /// <summary>The shipped file's text: header lines, the bias, then one weight a line in ordinal order of the
    /// feature names. Numbers use the invariant culture and lines end in '\n' on every system, so that the same model
    /// always gives the same bytes (<c>QuoteEval --check-models</c> compares them).</summary>
    public string ToText(string header)
    {
        var sb = new StringBuilder();
        foreach (var h in header.Split('\n')) sb.Append("# ").Append(h).Append('\n');
        sb.Append("@bias\t").Append(_bias.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (f, w) in _weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            sb.Append(f).Append('\t').Append(w.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        return sb.ToString();
    }

    /// <summary>Loads an embedded resource whose name ends with <paramref name="suffix"/>, or null when absent.</summary>
    internal static LogisticModel? FromResource(string suffix)
    {
        var asm = typeof(LogisticModel).Assembly;
        var name = asm.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal));
        if (name is null) return null;
        using var stream = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    /// <summary>Decimal places of the weights (and of the bias) a trained model keeps: the file holds exactly the
    /// model that training returns.</summary>
    private const int WeightDecimals = 4, BiasDecimals = 6;

    /// <summary>Trains by stochastic gradient descent with AdaGrad steps and L2 shrinkage. Features seen fewer than
    /// <paramref name="minCount"/> times are dropped; near-zero weights are pruned so that the shipped file stays small.
    /// The result depends only on the multiset of examples, never on their order, the thread or the platform: each
    /// epoch visits the examples sorted by a hash of their content (<see cref="ContentKey"/>) mixed with the epoch, so
    /// adding or removing a few examples moves only those, instead of reshuffling all of them as a position-seeded
    /// shuffle would; the sigmoid uses <see cref="PortableExp"/> (Math.Exp calls the platform's C library); weights
    /// are rounded before they are returned.</summary>
    public static LogisticModel Train(IReadOnlyList<(string[] Features, bool Label)> examples, int epochs = 8,
        double rate = 0.2, double l2 = 1e-6, int minCount = 5, double prune = 0.05)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (fs, _) in examples)
            foreach (var f in fs) counts[f] = counts.GetValueOrDefault(f) + 1;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (f, n) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            if (n >= minCount) index[f] = index.Count;
        var encoded = examples.Select(e => (e.Features.Where(index.ContainsKey).Select(f => index[f]).Distinct().ToArray(), e.Label)).ToArray();
        // Copies of one example get keys of their own (the k-th copy is the k-th whatever the order), so that they are
        // spread over the epoch like the rest instead of being visited one after the other.
        var keys = new ulong[examples.Count];
        var copies = new Dictionary<ulong, int>();
        for (var i = 0; i < keys.Length; i++)
        {
            var key = ContentKey(examples[i].Features, examples[i].Label);
            var copy = copies.GetValueOrDefault(key);
            copies[key] = copy + 1;
            keys[i] = Mix(key ^ Mix((ulong)copy + 0x632BE59BD9B4E019UL));
        }
        var w = new double[index.Count];
        var g2 = new double[index.Count];
        double bias = 0, gb2 = 0;
        var order = Enumerable.Range(0, encoded.Length).ToArray();
        var epochKeys = new ulong[encoded.Length];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            for (var i = 0; i < keys.Length; i++) epochKeys[i] = Mix(keys[i] ^ (0x9E3779B97F4A7C15UL * (ulong)(epoch + 1)));
            // Equal keys (a 64-bit collision) are ordered by content, so the order does not depend on the input's.
            Array.Sort(order, (x, y) => epochKeys[x] != epochKeys[y] ? epochKeys[x].CompareTo(epochKeys[y]) : CompareContent(examples[x], examples[y]));
            foreach (var ei in order)
            {
                var (fs, label) = encoded[ei];
                var z = bias;
                foreach (var f in fs) z += w[f];
                var p = 1.0 / (1.0 + PortableExp(-z));
                var g = p - (label ? 1.0 : 0.0);
                gb2 += g * g;
                bias -= rate * g / Math.Sqrt(gb2 + 1e-8);
                foreach (var f in fs)
                {
                    var gf = g + l2 * w[f];
                    g2[f] += gf * gf;
                    w[f] -= rate * gf / Math.Sqrt(g2[f] + 1e-8);
                }
            }
        }
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (f, i) in index)
            if (Math.Abs(w[i]) >= prune) weights[f] = Math.Round(w[i], WeightDecimals);
        return new LogisticModel(weights, Math.Round(bias, BiasDecimals));
    }

    /// <summary>A 64-bit FNV-1a hash of an example's features (in their order) and label.</summary>
    private static ulong ContentKey(string[] features, bool label)
    {
        var h = 14695981039346656037UL;
        foreach (var f in features)
        {
            foreach (var ch in f) h = (h ^ ch) * 1099511628211UL;
            h = (h ^ 0xFFFF) * 1099511628211UL;   // a separator no feature name contains
        }
        return Mix(h ^ (label ? 1UL : 2UL));
    }

    /// <summary>SplitMix64's finaliser: spreads a key's bits so that the per-epoch orders are unrelated.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static int CompareContent((string[] Features, bool Label) a, (string[] Features, bool Label) b)
    {
        if (a.Label != b.Label) return a.Label ? 1 : -1;
        for (var i = 0; i < Math.Min(a.Features.Length, b.Features.Length); i++)
            if (string.CompareOrdinal(a.Features[i], b.Features[i]) is var c and not 0) return c;
        return a.Features.Length.CompareTo(b.Features.Length);
    }

    /// <summary>e^x from IEEE-754 additions, multiplications, divisions and an exact power-of-two scaling, which give
    /// the same bits on every runtime and processor: x = n·ln 2 + r (Cody and Waite's two-part ln 2), e^r by its
    /// Taylor series to r^13 (|r| ≤ 0.35: truncation below 1e-17), times 2^n.</summary>
    public static double PortableExp(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x > 709.0) return double.PositiveInfinity;
        if (x < -745.0) return 0.0;
        var n = Math.Round(x * 1.4426950408889634);
        var r = (x - n * 6.93147180369123816490e-01) - n * 1.90821492927058770002e-10;
        var s = 1.0;
        for (var k = 13; k >= 1; k--) s = 1.0 + s * r / k;
        return Math.ScaleB(s, (int)n);
    }
}
