using System.Collections.Concurrent;

namespace Triangulate.Fusion;

/// <summary>Time spent in each fusion step, summed over stories (story steps run in parallel, so the sum can exceed
/// the wall time). Filled by <see cref="BriefFusion.Fuse"/> when passed; read by <c>brief --timings</c> to show
/// where a large run spends its time without a profiler.</summary>
public sealed class FusionTimings
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public void Add(string step, TimeSpan elapsed)
    {
        if (_ticks.TryAdd(step, 0)) _order.Enqueue(step);
        _ticks.AddOrUpdate(step, elapsed.Ticks, (_, t) => t + elapsed.Ticks);
    }

    /// <summary>Steps in the order first seen, with their summed time.</summary>
    public IReadOnlyList<(string Step, TimeSpan Time)> Steps =>
        _order.Select(s => (s, TimeSpan.FromTicks(_ticks[s]))).ToList();
}
