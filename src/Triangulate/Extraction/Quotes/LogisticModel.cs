using System.Globalization;

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

    public void Write(TextWriter writer, string header)
    {
        foreach (var h in header.Split('\n')) writer.WriteLine("# " + h);
        writer.WriteLine("@bias\t" + _bias.ToString("R", CultureInfo.InvariantCulture));
        foreach (var (f, w) in _weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            writer.WriteLine(f + "\t" + Math.Round(w, 4).ToString(CultureInfo.InvariantCulture));
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

    /// <summary>Trains by stochastic gradient descent with AdaGrad steps and L2 shrinkage, in a fixed order
    /// (deterministic). Features seen fewer than <paramref name="minCount"/> times are dropped; near-zero weights
    /// are pruned so that the shipped file stays small.</summary>
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
        var w = new double[index.Count];
        var g2 = new double[index.Count];
        double bias = 0, gb2 = 0;
        var order = Enumerable.Range(0, encoded.Length).ToArray();
        var rng = new Random(17);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var ei in order)
            {
                var (fs, label) = encoded[ei];
                var z = bias;
                foreach (var f in fs) z += w[f];
                var p = 1.0 / (1.0 + Math.Exp(-z));
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
            if (Math.Abs(w[i]) >= prune) weights[f] = w[i];
        return new LogisticModel(weights, bias);
    }
}
