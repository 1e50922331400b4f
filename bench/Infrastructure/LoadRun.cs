using System.Diagnostics;
using HdrHistogram;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>Latency figures of one kind of request, in milliseconds.</summary>
internal sealed record LatencySummary(string Label, long Count, double P50, double P95, double P99, double Max)
{
    /// <summary>The figures of <paramref name="histogram"/> (recorded in microseconds); zeros when it recorded nothing.</summary>
    public static LatencySummary Of(string label, HistogramBase histogram) => histogram.TotalCount == 0 ? new(label, 0, 0, 0, 0, 0) : new(
        label,
        histogram.TotalCount,
        Ms(histogram.GetValueAtPercentile(50)),
        Ms(histogram.GetValueAtPercentile(95)),
        Ms(histogram.GetValueAtPercentile(99)),
        Ms(histogram.GetMaxValue()));

    private static double Ms(long microseconds) => microseconds / 1000.0;
}

/// <summary>What a closed-loop run measured: requests per second and latency, for all requests and per label.</summary>
internal sealed record LoadResult(int Concurrency, TimeSpan Elapsed, LatencySummary All, IReadOnlyList<LatencySummary> PerLabel)
{
    /// <summary>Requests (turns) per second.</summary>
    public double PerSecond => All.Count / Elapsed.TotalSeconds;
}

/// <summary>
/// Times requests of one worker; each worker owns its recorder, merged at the end (no locks while measuring).
/// With <paramref name="commandStats"/> (one worker only) it also reads the server's command counters around each request.
/// </summary>
internal sealed class Recorder(Func<Task<IReadOnlyDictionary<string, long>>>? commandStats = null)
{
    private const long HighestMicroseconds = 120_000_000;

    private readonly Dictionary<string, LongHistogram> _byLabel = new(StringComparer.Ordinal);

    /// <summary>Server commands per label, summed over the requests (only with command stats).</summary>
    public Dictionary<string, Dictionary<string, long>> Commands { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="request"/> and records its duration under <paramref name="label"/>.</summary>
    public async Task<T> TimeAsync<T>(string label, Func<Task<T>> request)
    {
        var before = commandStats is null ? null : await commandStats();
        var started = Stopwatch.GetTimestamp();
        var result = await request();
        var micros = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        if (before is not null)
        {
            var sums = Commands.TryGetValue(label, out var found) ? found : Commands[label] = new(StringComparer.Ordinal);
            foreach (var (name, count) in CommandStats.Delta(before, await commandStats!()))
            {
                sums[name] = sums.GetValueOrDefault(name) + count;
            }
        }

        if (!_byLabel.TryGetValue(label, out var histogram))
        {
            histogram = _byLabel[label] = NewHistogram();
        }

        histogram.RecordValue(Math.Clamp(micros, 1, HighestMicroseconds));
        return result;
    }

    /// <summary>How many requests were recorded under <paramref name="label"/>.</summary>
    public long Count(string label) => _byLabel.TryGetValue(label, out var histogram) ? histogram.TotalCount : 0;

    /// <summary>Merges the recorders of every worker.</summary>
    public static (LatencySummary All, IReadOnlyList<LatencySummary> PerLabel) Merge(IEnumerable<Recorder> recorders)
    {
        var all = NewHistogram();
        var byLabel = new SortedDictionary<string, LongHistogram>(StringComparer.Ordinal);
        foreach (var (label, histogram) in recorders.SelectMany(r => r._byLabel))
        {
            all.Add(histogram);
            if (!byLabel.TryGetValue(label, out var merged))
            {
                merged = byLabel[label] = NewHistogram();
            }

            merged.Add(histogram);
        }

        return (LatencySummary.Of("all", all), byLabel.Select(p => LatencySummary.Of(p.Key, p.Value)).ToArray());
    }

    private static LongHistogram NewHistogram() => new(HighestMicroseconds, 3);
}

/// <summary>
/// A closed loop: <c>concurrency</c> workers, each repeating an iteration (one or more requests) until the time is up
/// or the iteration says there is nothing left to do. A warm-up period runs first and is not recorded.
/// </summary>
internal static class LoadRun
{
    /// <summary>Runs the loop and returns what it measured.</summary>
    public static async Task<LoadResult> RunAsync(int concurrency, TimeSpan warmUp, TimeSpan duration, Func<int, Recorder, Task<bool>> iteration)
    {
        if (warmUp > TimeSpan.Zero)
        {
            await LoopAsync(concurrency, warmUp, iteration);
        }

        var (recorders, elapsed) = await LoopAsync(concurrency, duration, iteration);
        var (all, perLabel) = Recorder.Merge(recorders);
        return new LoadResult(concurrency, elapsed, all, perLabel);
    }

    private static async Task<(Recorder[] Recorders, TimeSpan Elapsed)> LoopAsync(int concurrency, TimeSpan duration, Func<int, Recorder, Task<bool>> iteration)
    {
        var recorders = Enumerable.Range(0, concurrency).Select(_ => new Recorder()).ToArray();
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            while (Stopwatch.GetElapsedTime(started) < duration && await iteration(worker, recorders[worker]))
            {
            }
        }));
        await Task.WhenAll(workers);
        return (recorders, Stopwatch.GetElapsedTime(started));
    }
}
