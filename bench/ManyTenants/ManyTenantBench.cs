using System.Diagnostics;
using ChatPhone.Bench.Infrastructure;
using ChatPhone.Bench.Turns;
using ChatPhone.Core;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bench.ManyTenants;

/// <summary>One P7 measurement: the load on <see cref="Processes"/> bot processes sharing the cluster.</summary>
internal sealed record ManyTenantFigure(int Processes, int Tenants, LoadResult Result, int Busy, int Skipped, CpuUse Cpu);

/// <summary>What P7 measured: the runs, the slot check after each (same order), and the cluster's version.</summary>
internal sealed record ManyTenantRun(IReadOnlyList<ManyTenantFigure> Figures, IReadOnlyList<SlotCheck> Slots, string Version);

/// <summary>
/// P7: many small tenants (one admin and ten users each), all active at once, on one bot process and then on two,
/// both sharing a three-primary Redis Cluster the bench starts; then a check that each tenant's keys sit in one slot.
/// </summary>
internal static class ManyTenantBench
{
    // Ports of their own (and their cluster bus ports, + 10,000), apart from P1…P6's.
    private static readonly int[] ClusterPorts = Enumerable.Range(6470, 30).ToArray();

    public static async Task<ManyTenantRun> RunAsync(Sizes sizes, string root)
    {
        await using var cluster = await RedisCluster.StartAsync(ClusterPorts);
        var version = await cluster.VersionAsync();
        Console.WriteLine($"[cluster] redis {version} on {cluster.ConnectionString}");
        var figures = new List<ManyTenantFigure>();
        var slotChecks = new List<SlotCheck>();
        foreach (var processes in new[] { 1, 2 })
        {
            // Fresh tenants for each variant (their own key prefix): an admin round uses up one of a tenant's five users
            // without a number, and both variants must start from the same state and mix of turns.
            var prefix = "many" + Guid.NewGuid().ToString("N")[..8];
            var started = Stopwatch.GetTimestamp();
            var tenants = await SeedAsync(cluster.ConnectionString, prefix, sizes.ManyTenants);
            Console.WriteLine($"[cluster] seeded {tenants.Count:N0} tenants (1 admin + {ManyTenantLoad.Users} users each) in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
            var load = new ManyTenantLoad(tenants);
            var hosts = new List<ProcessHost>();
            try
            {
                for (var i = 0; i < processes; i++)
                {
                    hosts.Add(await ProcessHost.StartAsync(Path.Combine(root, "bot", "bin", "Release", "net10.0", "ChatPhone.Bot.dll"), [], new Dictionary<string, string>
                    {
                        ["Redis__ConnectionString"] = cluster.ConnectionString,
                        ["Redis__KeyPrefix"] = prefix,
                        ["ChatPhone__SeedDemo"] = "false",
                        ["ChatPhone__Proactive__Enabled"] = "false",
                        ["ChatPhone__Numbers__StockPerPlace"] = "1000",
                    }));
                }

                var clients = hosts.Select(h => h.Client).ToArray();
                await load.WarmUpAsync(clients);
                var (busy, skipped) = (load.Busy, load.Skipped);
                var (result, cpu) = await CpuUse.MeasureAsync(
                    () => LoadRun.RunAsync(sizes.ManyConcurrency, sizes.WarmUp, sizes.ManyDuration, load.Iteration(clients)),
                    () => CpuUse.Of(hosts.Select(h => h.Process)),
                    () => CpuUse.Of(cluster.Processes));
                figures.Add(new ManyTenantFigure(processes, tenants.Count, result, load.Busy - busy, load.Skipped - skipped, cpu));
                Console.WriteLine($"[cluster] {processes} bot process(es), {tenants.Count:N0} tenants ×{sizes.ManyConcurrency}: {result.PerSecond:0} turns/s, p99 {result.All.P99:0.0} ms; " +
                    $"CPU in cores: bots {cpu.Bots:0.00}, bench {cpu.Bench:0.00}, redis {cpu.Store:0.00}, machine {cpu.Machine:0.00} of {Environment.ProcessorCount}");
            }
            finally
            {
                foreach (var host in hosts)
                {
                    await host.DisposeAsync();
                }
            }

            slotChecks.Add(await cluster.CheckSlotsAsync(prefix));
            Console.WriteLine("[cluster] slot check: " + slotChecks[^1]);
        }

        return new ManyTenantRun(figures, slotChecks, version);
    }

    // Through the core's commands, a few tenants at a time: the directory file (the admin and ten users), licenses for
    // the users, a validated address, five numbers searched and acquired, and those assigned to the first five users.
    private static async Task<IReadOnlyList<SeededTenant>> SeedAsync(string connectionString, string prefix, int count)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = connectionString,
            ["Redis:KeyPrefix"] = prefix,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddChatPhoneCore(configuration).BuildServiceProvider();
        var phone = services.GetRequiredService<PhoneSystem>();
        var store = services.GetRequiredService<ITenantStore>();
        var tenants = new SeededTenant[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, _) =>
        {
            var id = $"tenant-{index:D4}";
            var seeding = new Seeding(phone, store, Seeding.Admin(TenantId.Parse(id)));
            await seeding.ImportAsync(Enumerable.Range(0, ManyTenantLoad.Users).Select(i => Seeding.PersonRow(i))
                .Prepend($"admin@bench.example,Megan Bowen,{Scenarios.Admin},US,,admin"));
            await seeding.BuyAsync(2 * ManyTenantLoad.Users);
            await seeding.LicensesInBulkAsync(Seeding.People(0, ManyTenantLoad.Users));
            var address = await seeding.AddAddressAsync();
            var numbers = await seeding.AcquireAsync(ManyTenantLoad.UsersWithNumbers, address.Id, ManyTenantLoad.UsersWithNumbers);
            await seeding.NumbersInBulkAsync(numbers.Select((number, i) => new NumberForPerson(number, UserId.Parse(Seeding.PersonId(i)))).ToArray());
            tenants[index] = new SeededTenant(id, numbers);
        });
        return tenants;
    }
}
