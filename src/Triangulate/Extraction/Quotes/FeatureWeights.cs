namespace Triangulate.Extraction.Quotes;

/// <summary>
/// The weights of a <see cref="LogisticModel"/> laid out for lookups by a feature name given in parts, without
/// building the name: an open-addressing table over the 64-bit FNV-1a hash of the name. The hash of the parts is the
/// hash of their concatenation, so a name is found however it is cut. One small slot usually answers an absent name
/// without touching a string, which is what makes this faster than a dictionary of 83,000 strings; a tag match is
/// confirmed against the stored name, so a hash collision can never change a score.
/// </summary>
internal sealed class FeatureWeights
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>One 8-byte slot per bucket, so that the table of the cue model (256 K slots) stays small enough for
    /// the cache: the upper half is a 32-bit tag of the hash, the lower half the entry number plus one (0 = empty).</summary>
    private readonly ulong[] _slots;
    private readonly string[] _names;
    private readonly double[] _weights;
    private readonly int _mask;

    public FeatureWeights(IReadOnlyDictionary<string, double> weights)
    {
        var size = 16;
        while (size < weights.Count * 3) size <<= 1;   // at most a third full: short probe runs
        _slots = new ulong[size];
        _mask = size - 1;
        _names = new string[weights.Count];
        _weights = new double[weights.Count];
        var n = 0;
        foreach (var (name, weight) in weights)
        {
            _names[n] = name;
            _weights[n] = weight;
            var h = Hash(OffsetBasis, name);
            var i = Index(h);
            while (_slots[i] != 0) i = (i + 1) & _mask;
            _slots[i] = ((ulong)Tag(h) << 32) | (uint)(n + 1);
            n++;
        }
    }

    /// <summary>The weight of the feature named <c>a + b + c + d</c>, or false when the model does not know it.</summary>
    public bool TryGet(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, ReadOnlySpan<char> d, out double weight)
    {
        var h = Hash(Hash(Hash(Hash(OffsetBasis, a), b), c), d);
        var tag = Tag(h);
        for (var i = Index(h); _slots[i] != 0; i = (i + 1) & _mask)
        {
            if ((uint)(_slots[i] >> 32) != tag) continue;
            var entry = (int)(uint)_slots[i] - 1;
            if (!Spells(_names[entry], a, b, c, d)) continue;
            weight = _weights[entry];
            return true;
        }
        weight = 0;
        return false;
    }

    private static bool Spells(string name, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, ReadOnlySpan<char> d)
    {
        if (name.Length != a.Length + b.Length + c.Length + d.Length) return false;
        var s = name.AsSpan();
        if (!s[..a.Length].SequenceEqual(a)) return false;
        s = s[a.Length..];
        if (!s[..b.Length].SequenceEqual(b)) return false;
        s = s[b.Length..];
        return s[..c.Length].SequenceEqual(c) && s[c.Length..].SequenceEqual(d);
    }

    private static ulong Hash(ulong h, ReadOnlySpan<char> part)
    {
        foreach (var ch in part) h = (h ^ ch) * Prime;
        return h;
    }

    private static uint Tag(ulong h) => (uint)(h >> 32);

    /// <summary>FNV's low bits are weak; the high half is folded in before masking.</summary>
    private int Index(ulong h) => (int)((h ^ (h >> 29)) & (ulong)_mask);
}
