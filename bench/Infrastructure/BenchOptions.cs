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
    int RecognitionDistinct)
{
    public static readonly Sizes Full = new("full", [1, 8, 32, 64], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(15), 1000, 6000, 200, [1000, 10_000], 1000, 5, 20_000, 100_000);
    public static readonly Sizes Quick = new("quick", [1, 8, 32, 64], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), 200, 2000, 50, [1000], 200, 2, 2000, 10_000);
    public static readonly Sizes Smoke = new("smoke", [1, 8], TimeSpan.Zero, TimeSpan.FromSeconds(0.5), 20, 200, 5, [50], 20, 1, 200, 500);
}

/// <summary>The command line: <c>p1|p2|p3|p4|p5|all [--store redis|garnet|both] [--smoke|--quick] [--out DIR]</c>.</summary>
internal sealed record BenchOptions(string Command, IReadOnlyList<string> Stores, Sizes Sizes, string OutputDirectory, bool WritesRepositoryReport, string CommandLine)
{
    public const string Usage = "usage: bench p1|p2|p3|p4|p5|all [--store redis|garnet|both] [--smoke|--quick] [--out DIR]";

    private static readonly string[] Commands = ["p1", "p2", "p3", "p4", "p5", "all"];

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
        var full = sizes == Sizes.Full && output is null;
        var directory = output ?? (full ? repositoryRoot : Directory.CreateTempSubdirectory("chatphone-bench-").FullName);
        var line = "dotnet run -c Release --project bench -- " + string.Join(' ', args.Count > 0 ? args : ["all"]);
        return new BenchOptions(command, stores, sizes, Path.GetFullPath(directory), full, line);
    }

    /// <summary>True when <paramref name="part"/> (p1…p5) is to run.</summary>
    public bool Runs(string part) => Command == "all" || Command == part;
}
