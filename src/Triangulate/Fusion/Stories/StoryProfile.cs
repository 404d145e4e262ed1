namespace Triangulate.Fusion.Stories;

/// <summary>An article as the story clusterer compares it: its features weighted by kind, and the few features
/// that identify its event — the names it repeats and the years it states.</summary>
public sealed class StoryArticle
{
    public string Id { get; }
    public IReadOnlyList<StoryFeature> Features { get; }
    /// <summary>Feature weight times kind weight, before inverse document frequency.</summary>
    public IReadOnlyDictionary<string, double> Vector => _vector;
    public double Norm { get; }
    /// <summary>Names the article repeats, rarest first (at most <see cref="StoryOptions.SalientNames"/>).</summary>
    public IReadOnlyList<string> SalientNames { get; }
    /// <summary>Single capitalised words the article repeats, rarest first (at most <see cref="StoryOptions.SalientNames"/>):
    /// what the hard name gate checks.</summary>
    public IReadOnlyList<string> GateNames { get; }
    /// <summary>Year keys ("y:2008") the article states.</summary>
    public IReadOnlyList<string> Years { get; }
    /// <summary>Identity evidence outside the vector (numbers, places, organisations, bigrams, lead words, and the
    /// participants when they are not in the vector), for the learned join score only; empty otherwise.</summary>
    public IReadOnlyList<StoryFeature> Extras { get; }
    /// <summary>Name keys the lead writes and the article repeats (<see cref="StoryOptions.LeadConflicts"/>; empty
    /// otherwise).</summary>
    public IReadOnlyList<string> LeadNames { get; }
    /// <summary>Numbers ("#5.6") the lead states, and those the whole article states (<see cref="StoryOptions.LeadNumbers"/>).</summary>
    public IReadOnlyList<string> LeadNumbers { get; }
    public IReadOnlyList<string> Numbers { get; }
    private readonly IReadOnlySet<string> _numbers = NoNumbers;
    private readonly IReadOnlyDictionary<string, string> _leadDisplay = NoDisplay;
    private static readonly HashSet<string> NoNumbers = [];
    private static readonly Dictionary<string, string> NoDisplay = [];
    public bool States(string number) => _numbers.Contains(number);
    internal string NumberDisplay(string number) => _leadDisplay.GetValueOrDefault(number, number[1..]);

    private readonly Dictionary<string, double> _vector;

    public StoryArticle(string id, IReadOnlyList<StoryFeature> features, StoryOptions options, StreamIdf idf, IReadOnlyList<StoryFeature>? extras = null,
        IReadOnlyList<StoryFeature>? leads = null)
    {
        LeadNames = leads is null ? [] : leads.Where(f => f.Key.StartsWith("ln:", StringComparison.Ordinal) && f.Key[3] != '#'
            && f.Weight >= 1 + Math.Log(options.LeadNameRepeats) - 1e-9).Select(f => f.Key[3..]).ToArray();
        LeadNumbers = leads is null || !options.LeadNumbers ? [] : leads.Where(f => f.Key.StartsWith("ln:#", StringComparison.Ordinal)).Select(f => f.Key[3..]).ToArray();
        Numbers = leads is null || !options.LeadNumbers ? [] : leads.Where(f => f.Key.StartsWith("an:#", StringComparison.Ordinal)).Select(f => f.Key[3..]).ToArray();
        if (Numbers.Count > 0) _numbers = Numbers.ToHashSet(StringComparer.Ordinal);
        if (LeadNumbers.Count > 0)
            _leadDisplay = leads!.Where(f => f.Key.StartsWith("ln:#", StringComparison.Ordinal)).ToDictionary(f => f.Key[3..], f => f.Display, StringComparer.Ordinal);
        Id = id;
        Features = features;
        Extras = extras ?? [];
        _vector = new Dictionary<string, double>(features.Count, StringComparer.Ordinal);
        foreach (var f in features) _vector[f.Key] = f.Weight * options.KindWeight(f.Kind);
        Norm = Math.Sqrt(_vector.Values.Sum(v => v * v));
        SalientNames = features.Where(IsSalientName)
            .OrderByDescending(f => _vector[f.Key] * idf.Of(f.Key)).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(options.SalientNames).Select(f => f.Key).ToArray();
        GateNames = features.Where(f => IsGateName(f.Kind, f.Key) && f.Weight >= 1.6)
            .OrderByDescending(f => _vector[f.Key] * idf.Of(f.Key)).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(options.SalientNames).Select(f => f.Key).ToArray();
        Years = features.Where(f => f.Key.StartsWith("y:", StringComparison.Ordinal)).Select(f => f.Key).ToArray();
        GateNamesAll = features.Where(f => IsGateName(f.Kind, f.Key) && f.Weight >= 1.6).Select(f => f.Key).ToArray();
    }

    /// <summary>Every single capitalised word the article repeats (unranked, uncapped: <see cref="GateNames"/> keeps the
    /// rarest few).</summary>
    public IReadOnlyList<string> GateNamesAll { get; }

    public bool Contains(string key) => _vector.ContainsKey(key);

    /// <summary>Whether the article writes a name spelled like <paramref name="key"/> (<see cref="NameSpelling.Like"/>).</summary>
    internal bool HasNameLike(string key)
    {
        foreach (var f in Features) if (f.Kind == FeatureKind.Name && NameSpelling.Like(f.Key, key)) return true;
        return false;
    }

    internal string Display(string key) => Features.First(f => f.Key == key).Display;

    /// <summary>A person the article mentions at least twice (weight 1 + ln 2, pronouns and surnames counted): who
    /// the article is about rather than a name it passes by.</summary>
    internal static bool IsSalientName(StoryFeature f) => IsSalient(f.Kind, f.Weight);

    internal static bool IsSalient(FeatureKind kind, double weight) => kind == FeatureKind.Participant && weight >= 1.6;

    /// <summary>A capitalised single word ("Rahman"; multi-word names, "n:" keys, repeat their words).</summary>
    internal static bool IsGateName(FeatureKind kind, string key) => kind == FeatureKind.Name && !key.StartsWith("n:", StringComparison.Ordinal);
}

/// <summary>What a story's articles add up to: the centroid of their length-normalised vectors, in how many articles
/// each feature occurs, and the years they state. Updated in place as articles join (or another story is merged in),
/// never recomputed from the articles.</summary>
public sealed class StoryProfile
{
    public string Id { get; }
    /// <summary>Creation order (0 for the first story): the older of two merged stories survives.</summary>
    public int Index { get; }
    public IReadOnlyList<string> Articles => _articles;

    private readonly List<string> _articles = [];
    internal Dictionary<string, double> Sum { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, int> DocCount { get; } = new(StringComparer.Ordinal);
    /// <summary>Sum of raw feature weights (sublinear term frequency) over the articles.</summary>
    internal Dictionary<string, double> TfSum { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, (string Display, FeatureKind Kind)> Info { get; } = new(StringComparer.Ordinal);
    /// <summary>The participant keys among <see cref="Info"/> (few, so the salient ones are found without a scan).</summary>
    private readonly HashSet<string> _participants = new(StringComparer.Ordinal);
    /// <summary>The single-word name keys among <see cref="Info"/> (for the hard name gate).</summary>
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    /// <summary>Year keys and in how many articles each occurs.</summary>
    internal Dictionary<string, int> Years { get; } = new(StringComparer.Ordinal);
    /// <summary>Names the articles' leads write (<see cref="StoryArticle.LeadNames"/>) and in how many leads each.</summary>
    internal Dictionary<string, int> LeadNames { get; } = new(StringComparer.Ordinal);
    /// <summary>Numbers the leads state (in how many leads each) and every number the articles state.</summary>
    internal Dictionary<string, int> LeadNumbers { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, string> NumberDisplay { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Numbers { get; } = new(StringComparer.Ordinal);

    /// <summary>Cached squared norm of the idf-weighted centroid and the article count it was computed at;
    /// recomputed when the story changes or the stream has grown by a tenth (idf drifts slowly).</summary>
    private double _normSquared = -1;
    private int _normAt;

    public StoryProfile(string id, int index) { Id = id; Index = index; }

    /// <summary>Adds the article; returns the feature keys the story did not have before (for the postings).</summary>
    internal List<string> Add(StoryArticle a)
    {
        _articles.Add(a.Id);
        _normSquared = -1;
        var fresh = new List<string>();
        foreach (var f in a.Features)
        {
            var v = a.Vector[f.Key];
            if (DocCount.TryGetValue(f.Key, out var n)) DocCount[f.Key] = n + 1;
            else
            {
                DocCount[f.Key] = 1; Info[f.Key] = (f.Display, f.Kind); fresh.Add(f.Key);
                if (f.Kind == FeatureKind.Participant) _participants.Add(f.Key);
                if (StoryArticle.IsGateName(f.Kind, f.Key)) _names.Add(f.Key);
            }
            TfSum[f.Key] = TfSum.GetValueOrDefault(f.Key) + f.Weight;
            // length-normalised, so that one long article does not outweigh the rest
            Sum[f.Key] = Sum.GetValueOrDefault(f.Key) + v / Math.Max(a.Norm, 1e-9);
        }
        foreach (var y in a.Years) Years[y] = Years.GetValueOrDefault(y) + 1;
        foreach (var k in a.LeadNames) LeadNames[k] = LeadNames.GetValueOrDefault(k) + 1;
        foreach (var k in a.LeadNumbers) { LeadNumbers[k] = LeadNumbers.GetValueOrDefault(k) + 1; NumberDisplay.TryAdd(k, a.NumberDisplay(k)); }
        Numbers.UnionWith(a.Numbers);
        foreach (var f in a.Extras)
        {
            if (DocCount.TryGetValue(f.Key, out var n)) DocCount[f.Key] = n + 1;
            else { DocCount[f.Key] = 1; Info[f.Key] = (f.Display, f.Kind); AddIdentity(f.Kind, f.Key); }
            TfSum[f.Key] = TfSum.GetValueOrDefault(f.Key) + f.Weight;
        }
        foreach (var f in a.Features)
            if ((f.Kind == FeatureKind.Date && f.Key.StartsWith("d:", StringComparison.Ordinal)) || f.Kind == FeatureKind.Participant)
                AddIdentity(f.Kind, f.Key);
        return fresh;
    }

    /// <summary>Keys of a few identity kinds (resolved dates, numbers, places, organisations, participants outside
    /// the vector) the story's articles carry: small sets the learned join score compares with the article's.</summary>
    /// <summary>Whether an article of the story writes a single-word name spelled like <paramref name="key"/>.</summary>
    internal bool HasNameLike(string key)
    {
        foreach (var k in _names) if (NameSpelling.Like(k, key)) return true;
        return false;
    }

    internal IReadOnlySet<string> Identity(FeatureKind kind) => _identity.TryGetValue(kind, out var set) ? set : Empty;

    private static readonly HashSet<string> Empty = [];
    private readonly Dictionary<FeatureKind, HashSet<string>> _identity = [];

    private void AddIdentity(FeatureKind kind, string key)
    {
        if (kind is FeatureKind.Bigram or FeatureKind.Lead) return;
        if (!_identity.TryGetValue(kind, out var set)) _identity[kind] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(key);
    }

    /// <summary>Takes over every article of <paramref name="other"/>; returns the keys new to this story.</summary>
    internal List<string> Absorb(StoryProfile other)
    {
        _articles.AddRange(other._articles);
        _normSquared = -1;
        var fresh = new List<string>();
        foreach (var (k, n) in other.DocCount)
        {
            if (DocCount.TryGetValue(k, out var m)) DocCount[k] = m + n;
            else
            {
                DocCount[k] = n; Info[k] = other.Info[k]; fresh.Add(k);
                if (other._participants.Contains(k)) _participants.Add(k);
                if (other._names.Contains(k)) _names.Add(k);
            }
            TfSum[k] = TfSum.GetValueOrDefault(k) + other.TfSum[k];
            if (other.Sum.TryGetValue(k, out var sum)) Sum[k] = Sum.GetValueOrDefault(k) + sum;
        }
        foreach (var (y, n) in other.Years) Years[y] = Years.GetValueOrDefault(y) + n;
        foreach (var (k, n) in other.LeadNames) LeadNames[k] = LeadNames.GetValueOrDefault(k) + n;
        foreach (var (k, n) in other.LeadNumbers) { LeadNumbers[k] = LeadNumbers.GetValueOrDefault(k) + n; NumberDisplay.TryAdd(k, other.NumberDisplay[k]); }
        Numbers.UnionWith(other.Numbers);
        foreach (var (kind, keys) in other._identity) foreach (var k in keys) AddIdentity(kind, k);
        return fresh;
    }

    internal double CentroidNormSquared(StreamIdf idf)
    {
        if (_normSquared < 0 || idf.Articles > _normAt * 1.1 + 10)
        {
            double nc = 0;
            foreach (var (k, c) in Sum) nc += Square(c * idf.Of(k));
            _normSquared = nc; _normAt = idf.Articles;
        }
        return _normSquared;
    }

    /// <summary>The names the story is about: names most of its articles carry and, on average, repeat.</summary>
    internal IEnumerable<string> SalientNames(StreamIdf idf, int count)
    {
        var n = _articles.Count;
        return _participants.Where(k => StoryArticle.IsSalient(FeatureKind.Participant, TfSum[k] / n) && DocCount[k] * 2 > n)
            .OrderByDescending(k => Sum[k] * idf.Of(k)).ThenBy(k => k, StringComparer.Ordinal)
            .Take(count);
    }

    /// <summary>The single-word names the story is about (the hard gate's side): names most of its articles carry,
    /// with a mean normalised centroid weight of at least 1.6/6.</summary>
    internal IEnumerable<string> GateNames(StreamIdf idf, int count)
    {
        var n = _articles.Count;
        return _names.Where(k => DocCount[k] * 2 > n && Sum[k] / n >= 1.6 / 6)
            .OrderByDescending(k => Sum[k] * idf.Of(k)).ThenBy(k => k, StringComparer.Ordinal)
            .Take(count);
    }

    private static double Square(double x) => x * x;
}

/// <summary>Two spellings of one name across outlets: "U.S." and "US", "Defence" and "Defense", "Zelenskyy" and
/// "Zelensky" — equal without dots and hyphens, or (both at least five letters) one edit apart.</summary>
internal static class NameSpelling
{
    public static bool Like(string a, string b)
    {
        if (a == b) return true;
        if (Math.Abs(a.Length - b.Length) > 3) return false;
        var x = Strip(a); var y = Strip(b);
        if (x == y) return true;
        if (x.Length < 5 || y.Length < 5 || Math.Abs(x.Length - y.Length) > 1) return false;
        // one substitution, insertion or deletion
        int i = 0, j = 0, edits = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (x.Length > y.Length) i++;
            else if (y.Length > x.Length) j++;
            else { i++; j++; }
        }
        return edits + (x.Length - i) + (y.Length - j) <= 1;
    }

    private static string Strip(string s) => s.Contains('.') || s.Contains('-') ? s.Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal) : s;
}
