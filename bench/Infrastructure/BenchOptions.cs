namespace ChatPhone.Bench.Infrastructure;

/// <summary>How big each measurement is: the full run, a shorter one, or the CI smoke run (seconds).</summary>
internal sealed record Sizes(
    string Name,
    int[] Concurrency,
    TimeSpan WarmUp,
    TimeSpan Duration,
    int UsersWithNumbers,
    int AdminPool,
    int RoundTripTurns,
    int[] BulkUsers,
    int SinglesSample,
    int ColdStarts,
    int RecognitionWarm,
    int RecognitionDistinct,
    int[] LargeTenants,
    int LargeSamples,
    int ImportSamples,
    int ManyTenants,
    int ManyConcurrency,
    TimeSpan ManyDuration)
{
    public static readonly Sizes Full = new("full", [1, 8, 32, 64], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(15), 1000, 19_000, 200, [1000, 10_000], 1000, 5, 20_000, 100_000,
        [1000, 10_000, 100_000, 200_000], 200, 5, 1000, 64, TimeSpan.FromSeconds(30));
    public static readonly Sizes Quick = new("quick", [1, 8, 32, 64], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), 200, 2000, 50, [1000], 200, 2, 2000, 10_000,
        [1000, 10_000], 200, 3, 1000, 64, TimeSpan.FromSeconds(10));
    public static readonly Sizes Smoke = new("smoke", [1, 8], TimeSpan.Zero, TimeSpan.FromSeconds(0.5), 20, 200, 5, [50], 20, 1, 200, 500,
        [200, 1000], 20, 1, 20, 8, TimeSpan.FromSeconds(1));
}

/// <summary>
/// The command line: <c>p1|p2|p3|p4|p5|p6|p7|all [--store redis|garnet|both] [--smoke|--quick] [--sizes 1k,10k,…] [--samples N] [--tenants N] [--out DIR]</c>;
/// <c>all</c> is p1…p5 (p6 and p7 seed hundreds of thousands of documents or start a cluster, so they run when named).
/// </summary>
internal sealed record BenchOptions(string Command, IReadOnlyList<string> Stores, Sizes Sizes, string OutputDirectory, bool WritesRepositoryReport, string CommandLine)
{
    public const string Usage = "usage: bench p1|p2|p3|p4|p5|p6|p7|all [--store redis|garnet|both] [--smoke|--quick] [--sizes 1k,10k,…] [--samples N] [--tenants N] [--out DIR]";

    private static readonly string[] Commands = ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "all"];

    private static readonly string[] OnlyWhenNamed = ["p6", "p7"];

    /// <summary>Reads the arguments; the full run writes BENCHMARKS.md at the repository root, any other into a temporary directory.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args, string repositoryRoot)
    {
        var command = args.Count > 0 ? args[0].ToLowerInvariant() : "all";
        if (!Commands.Contains(command))
        {
            throw new BenchException($"Unknown command '{command}'. {Usage}");
        }

        var store = "both";
        var sizes = Sizes.Full;
        string? output = null;
        int[]? largeTenants = null;
        int? tenants = null;
        int? samples = null;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--store" when i + 1 < args.Count:
                    store = args[++i].ToLowerInvariant();
                    break;
                case "--smoke":
                    sizes = Sizes.Smoke;
                    break;
                case "--quick":
                    sizes = Sizes.Quick;
                    break;
                case "--out" when i + 1 < args.Count:
                    output = args[++i];
                    break;
                case "--sizes" when i + 1 < args.Count:
                    largeTenants = ParseCounts(args[++i]);
                    break;
                case "--samples" when i + 1 < args.Count:
                    samples = ParseCounts(args[++i]) is [var sampleCount] ? sampleCount : throw new BenchException($"--samples takes one count, not '{args[i]}'.");
                    break;
                case "--tenants" when i + 1 < args.Count:
                    tenants = ParseCounts(args[++i]) is [var count] ? count : throw new BenchException($"--tenants takes one count, not '{args[i]}'.");
                    break;
                default:
                    throw new BenchException($"Unknown option '{args[i]}'. {Usage}");
            }
        }

        var stores = store switch
        {
            "redis" => new[] { "redis" },
            "garnet" => ["garnet"],
            "both" => ["redis", "garnet"],
            _ => throw new BenchException($"--store takes redis, garnet or both, not '{store}'."),
        };
        sizes = sizes with
        {
            LargeTenants = largeTenants ?? sizes.LargeTenants,
            LargeSamples = samples ?? sizes.LargeSamples,
            ManyTenants = tenants ?? sizes.ManyTenants,
        };
        var full = sizes == Sizes.Full && largeTenants is null && tenants is null && samples is null && output is null;
        var directory = output ?? (full ? repositoryRoot : Directory.CreateTempSubdirectory("chatphone-bench-").FullName);
        var line = "dotnet run -c Release --project bench -- " + string.Join(' ', args.Count > 0 ? args : ["all"]);
        return new BenchOptions(command, stores, sizes, Path.GetFullPath(directory), full, line);
    }

    /// <summary>True when <paramref name="part"/> (p1…p7) is to run.</summary>
    public bool Runs(string part) => Command == part || (Command == "all" && !OnlyWhenNamed.Contains(part));

    /// <summary>Counts like <c>1k,10k,200000</c> (k = thousand), each at least 1.</summary>
    public static int[] ParseCounts(string text)
    {
        var counts = new List<int>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var thousands = item.EndsWith('k') || item.EndsWith('K');
            var digits = thousands ? item[..^1] : item;
            if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
                || count < 1 || count > (thousands ? int.MaxValue / 1000 : int.MaxValue))
            {
                throw new BenchException($"'{item}' is not a count (1000, 10k…).");
            }

            counts.Add(thousands ? count * 1000 : count);
        }

        return counts.Count > 0 ? [.. counts] : throw new BenchException($"No counts in '{text}'.");
    }
}
