using ChatPhone.Bench.Bulk;
using ChatPhone.Bench.ColdStart;
using ChatPhone.Bench.Infrastructure;
using ChatPhone.Bench.LargeTenants;
using ChatPhone.Bench.ManyTenants;
using ChatPhone.Bench.Recognition;
using ChatPhone.Bench.Turns;

namespace ChatPhone.Bench;

/// <summary>Runs the parts asked for on each store asked for, and adds their sections to the report.</summary>
internal static class BenchRun
{
    private static readonly int[] RedisPorts = Enumerable.Range(6440, 10).ToArray();

    // P6 and P7 run for a long time: ports of their own let them run beside a P1…P4 run on the same machine.
    private static readonly int[] LargeTenantPorts = Enumerable.Range(6460, 10).ToArray();

    private static readonly string[] PerStoreParts = ["p1", "p2", "p3", "p4", "p6"];

    public static async Task RunAsync(BenchOptions options, Report report, string root)
    {
        var turns = new List<TurnFigure>();
        var roundTrips = new List<RoundTripFigure>();
        var bulk = new List<BulkFigure>();
        var coldStarts = new List<ColdStartFigure>();
        var largeTenants = new List<LargeTenantFigure>();
        var largeTenantMemory = new List<LargeTenantMemory>();
        // First, alone in the process: the heap figures must not count an embedded Garnet's or a host's memory.
        if (options.Runs("p5"))
        {
            report.Add("p5", RecognitionBench.Run(options.Sizes));
        }

        foreach (var name in PerStoreParts.Any(options.Runs) ? options.Stores : [])
        {
            var ports = options.Command == "p6" ? LargeTenantPorts : RedisPorts;
            await using var store = name == "redis" ? await StoreServer.StartRedisAsync(ports) : await StoreServer.StartGarnetAsync();
            report.StoreVersion(name == "redis" ? "redis-server" : "Garnet (embedded)", await store.VersionAsync());
            if (options.Runs("p1") || options.Runs("p2"))
            {
                var (t, r) = await TurnBench.RunAsync(store, options.Sizes, options.Runs("p1"), options.Runs("p2"));
                turns.AddRange(t);
                roundTrips.AddRange(r);
                if (options.Runs("p1"))
                {
                    turns.AddRange(await TurnBench.RunInProcessesAsync(store, options.Sizes, root));
                }
            }

            if (options.Runs("p3"))
            {
                bulk.AddRange(await BulkBench.RunAsync(store, options.Sizes));
            }

            if (options.Runs("p4"))
            {
                coldStarts.AddRange(await ColdStartBench.RunAsync(store, options.Sizes, root));
            }

            if (options.Runs("p6"))
            {
                largeTenants.AddRange(await LargeTenantBench.RunAsync(
                    () => name == "redis" ? StoreServer.StartRedisAsync(LargeTenantPorts) : StoreServer.StartGarnetAsync(), options.Sizes, largeTenantMemory));
            }
        }

        if (options.Runs("p7"))
        {
            var run = await ManyTenantBench.RunAsync(options.Sizes, root);
            report.StoreVersion("redis-server (3-primary cluster)", run.Version);
            report.Add("p7", ManyTenantReport.Describe(run));
        }

        if (turns.Count > 0)
        {
            report.Add("p1", TurnReport.TurnCost(turns, report));
        }

        if (roundTrips.Count > 0)
        {
            report.Add("p2", TurnReport.RoundTrips(roundTrips));
        }

        if (bulk.Count > 0)
        {
            report.Add("p3", BulkReport.Describe(bulk, report));
        }

        if (coldStarts.Count > 0)
        {
            report.Add("p4", ColdStartBench.Describe(coldStarts));
        }

        if (largeTenants.Count > 0)
        {
            report.Add("p6", LargeTenantReport.Describe(largeTenants, largeTenantMemory, report));
        }
    }

    /// <summary>The hand-written part of BENCHMARKS.md (targets, what limits them, fixes with before/after).</summary>
    public static string Notes(string root)
    {
        var path = Path.Combine(root, "bench", "NOTES.md");
        return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }
}

/// <summary>Finds the repository root (the folder holding ChatPhone.sln) from the working directory up.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChatPhone.sln")))
            {
                return directory.FullName;
            }
        }

        throw new BenchException("Run the benchmarks from the repository (no ChatPhone.sln found above the working directory).");
    }
}
