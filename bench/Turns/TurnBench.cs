using ChatPhone.Bench.Infrastructure;
using ChatPhone.Core;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

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
        var scenarios = new Scenarios(chatPhone, echo, sizes.UsersWithNumbers, Enumerable.Range(sizes.UsersWithNumbers, sizes.AdminPool));

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
