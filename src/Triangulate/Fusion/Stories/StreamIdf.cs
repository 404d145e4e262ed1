namespace Triangulate.Fusion.Stories;

/// <summary>Inverse document frequency learned from the stream itself, smoothed by a background corpus: the first
/// articles of a stream are weighed by the background counts, the thousandth mostly by what the stream has shown
/// (a word every article of today's news repeats stops pointing at one event).</summary>
public sealed class StreamIdf(BackgroundFrequencies background)
{
    private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);

    /// <summary>Articles observed so far.</summary>
    public int Articles { get; private set; }

    public void Observe(IReadOnlyList<StoryFeature> features)
    {
        Articles++;
        foreach (var f in features) _df[f.Key] = _df.GetValueOrDefault(f.Key) + 1;
    }

    /// <summary>In how many observed articles the feature occurs.</summary>
    public int DocumentFrequency(string key) => _df.GetValueOrDefault(key);

    public double Of(string key)
    {
        // a year feature ("y:2008") shares its background count with the bare number the background corpus holds
        var backgroundKey = key.StartsWith("y:", StringComparison.Ordinal) ? key[2..] : key;
        return Math.Log((background.Documents + Articles + 1.0) / (background.Of(backgroundKey) + _df.GetValueOrDefault(key) + 0.5));
    }
}
