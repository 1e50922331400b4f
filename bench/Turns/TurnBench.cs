using ChatPhone.Bench.Infrastructure;
using ChatPhone.Core;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Bench.Turns;

/// <summary>One P1 measurement: a scenario at a concurrency on a store.</summary>
internal sealed record TurnFigure(string Store, string Scenario, LoadResult Result);

/// <summary>P2 for one store: server commands per turn, per scenario and per admin command (null when the server keeps no commandstats).</summary>
internal sealed record RoundTripFigure(string Store, string Label, long Turns, IReadOnlyDictionary<string, long>? Commands);

/// <summary>Starts both hosts on one store, seeds the tenant, runs P1 and/or P2.</summary>
internal static class TurnBench
{
    public static async Task<(List<TurnFigure> Turns, List<RoundTripFigure> RoundTrips)> RunAsync(StoreServer store, Sizes sizes, bool p1, bool p2)
    {
        await using var echo = await BenchHost.StartEchoAsync();
        await using var chatPhone = await BenchHost.StartChatPhoneAsync(store, "bench" + Guid.NewGuid().ToString("N")[..8]);
        Console.WriteLine($"[{store.Name}] seeding {sizes.UsersWithNumbers} people with numbers and {sizes.AdminPool} licensed people…");
        await SeedAsync(chatPhone.Services, sizes);
        var scenarios = new Scenarios(chatPhone.Client, echo.Client, sizes.UsersWithNumbers, Enumerable.Range(sizes.UsersWithNumbers, sizes.AdminPool));

        var turns = new List<TurnFigure>();
        if (p1)
        {
            foreach (var scenario in Scenarios.Names)
            {
                foreach (var concurrency in sizes.Concurrency)
                {
                    var busyBefore = scenarios.Busy;
                    var result = await LoadRun.RunAsync(concurrency, sizes.WarmUp, sizes.Duration, scenarios.Iteration(scenario));
                    Console.WriteLine($"[{store.Name}] {scenario} ×{concurrency}: {result.PerSecond:0} turns/s, p99 {result.All.P99:0.0} ms" +
                        (scenarios.Busy > busyBefore ? $", {scenarios.Busy - busyBefore} rounds cut short by store.busy" : string.Empty));
                    turns.Add(new TurnFigure(store.Name, scenario, result));
                }
            }
        }

        var roundTrips = p2 ? await RoundTripsAsync(store, scenarios, sizes.RoundTripTurns) : [];
        return (turns, roundTrips);
    }

    /// <summary>
    /// P1 with each bot in a process of its own, as a deployment runs it and as an independent run measures it: the built
    /// ChatPhone bot (<c>bot/bin/Release</c>) on <paramref name="store"/>, and the echo bot (this bench's <c>echo-host</c>
    /// verb), loaded from this process over loopback HTTP. The store reports as "store, own process".
    /// </summary>
    public static async Task<List<TurnFigure>> RunInProcessesAsync(StoreServer store, Sizes sizes, string root)
    {
        var prefix = "benchp" + Guid.NewGuid().ToString("N")[..8];
        var label = store.Name + ", own process";
        await using var echo = await ProcessHost.StartAsync(typeof(TurnBench).Assembly.Location, [EchoHostVerb], new Dictionary<string, string>());
        await using var chatPhone = await ProcessHost.StartAsync(Path.Combine(root, "bot", "bin", "Release", "net10.0", "ChatPhone.Bot.dll"), [], new Dictionary<string, string>
        {
            ["Redis__ConnectionString"] = store.ConnectionString,
            ["Redis__KeyPrefix"] = prefix,
            ["ChatPhone__SeedDemo"] = "true",
            ["ChatPhone__DefaultTenantId"] = TurnClient.Tenant,
            ["ChatPhone__Proactive__Enabled"] = "false",
        });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = store.ConnectionString,
            ["Redis:KeyPrefix"] = prefix,
        }).Build();
        await using (var services = new ServiceCollection().AddLogging().AddChatPhoneCore(configuration).BuildServiceProvider())
        {
            Console.WriteLine($"[{label}] seeding {sizes.UsersWithNumbers} people with numbers…");
            await SeedAsync(services, sizes with { AdminPool = 0 });
        }

        var scenarios = new Scenarios(chatPhone.Client, echo.Client, sizes.UsersWithNumbers, []);
        var turns = new List<TurnFigure>();
        foreach (var scenario in Scenarios.Names.Take(2))
        {
            foreach (var concurrency in sizes.Concurrency)
            {
                var result = await LoadRun.RunAsync(concurrency, sizes.WarmUp, sizes.Duration, scenarios.Iteration(scenario));
                Console.WriteLine($"[{label}] {scenario} ×{concurrency}: {result.PerSecond:0} turns/s, p99 {result.All.P99:0.0} ms");
                turns.Add(new TurnFigure(label, scenario, result));
            }
        }

        return turns;
    }

    /// <summary>The bench's verb that runs the echo bot alone in this process until it is stopped.</summary>
    public const string EchoHostVerb = "echo-host";

    private static async Task<List<RoundTripFigure>> RoundTripsAsync(StoreServer store, Scenarios scenarios, int turns)
    {
        var supported = CommandStats.Parse(await store.InfoAsync("commandstats")).Count > 0;
        var recorder = new Recorder(async () => CommandStats.Parse(await store.InfoAsync("commandstats")));
        var figures = new List<RoundTripFigure>();
        foreach (var scenario in Scenarios.Names.Skip(1))
        {
            var iteration = scenarios.Iteration(scenario);
            for (var i = 0; i < turns; i++)
            {
                await iteration(0, recorder);
            }
        }

        foreach (var (label, commands) in recorder.Commands.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            figures.Add(new RoundTripFigure(store.Name, label, recorder.Count(label), supported ? commands : null));
        }

        return figures;
    }

    private static async Task SeedAsync(IServiceProvider services, Sizes sizes)
    {
        var phone = services.GetRequiredService<PhoneSystem>();
        var seeding = new Seeding(phone, services.GetRequiredService<ITenantStore>(), Seeding.Admin(TenantId.Parse(TurnClient.Tenant)));
        var total = sizes.UsersWithNumbers + sizes.AdminPool;
        await seeding.ImportPeopleAsync(0, total);
        await seeding.BuyAsync(total + 100);
        await seeding.LicensesInBulkAsync(Seeding.People(0, total));
        var location = await seeding.AddressAsync();
        await seeding.PutNumbersAsync(0, sizes.UsersWithNumbers, location);
        await seeding.NumbersInBulkAsync(0, sizes.UsersWithNumbers);
    }
}
