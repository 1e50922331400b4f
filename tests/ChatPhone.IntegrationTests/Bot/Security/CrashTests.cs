using System.Diagnostics;
using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// Crashes (issue 8, R3). Admins buy licenses through the bot while the store is killed with SIGKILL and started again
/// (a redis-server of the test's own with <c>appendfsync always</c>), or while the bot itself — on its embedded Garnet —
/// is killed and started again. Afterwards every purchase the bot acknowledged is in the store, none twice, and the
/// invariants hold; while Redis is down every turn is answered quickly, in the person's language, with "nothing was
/// changed, try again". CI runs a short version; <c>CHATPHONE_RELIABILITY_FULL=1</c> runs more load and more kills.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed partial class CrashTests(RedisServerFixture redis, ITestOutputHelper output)
{
    private static readonly bool Full = Environment.GetEnvironmentVariable("CHATPHONE_RELIABILITY_FULL") == "1";
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(5);
    private static readonly TenantId Tenant = TenantId.Parse("crash");

    [Fact]
    public async Task RedisKilledMidLoad_EveryAcknowledgedPurchaseSurvives_AndTurnsWhileDownAreAnsweredInTime()
    {
        var (admins, kills, commandsPerKill) = Full ? (8, 3, 120) : (4, 1, 16);
        var seed = Environment.TickCount;
        await using var server = await RedisProcess.StartAsync();
        await using var factory = new BotFactory(redis, ("Redis:ConnectionString", server.ConnectionString));
        var client = await factory.ReadyClientAsync();
        var adminIds = Enumerable.Range(0, admins).Select(i => $"00000000-0000-4000-8000-{i:000000000000}").ToArray();
        await TenantSeed.PeopleAsync(factory.Services, Tenant,
            adminIds.Select((id, i) => (id, $"admin{i}@crash.example", $"Admin {i}", "US", "admin")).ToArray());

        var load = new PurchaseLoad(() => client, Tenant.ToString(), seed);
        using var stop = new CancellationTokenSource();
        var workers = adminIds.Select((id, i) => Task.Run(() =>
            load.RunAdminAsync(id, $"conv-crash-{i}", i % 2 == 0 ? Language.English : Language.French, stop.Token))).ToArray();

        var probes = new List<TimeSpan>();
        var recoveries = new List<TimeSpan>();
        for (var kill = 1; kill <= kills; kill++)
        {
            await UntilAsync(() => load.AcknowledgedCommands.Count >= kill * commandsPerKill * 2 / 3, workers, seed);
            await server.KillAsync();
            probes.AddRange(await ProbeWhileDownAsync(client, adminIds[0]));
            // Longer outages too: the client's reconnection backs off while the server stays away.
            await Task.Delay(TimeSpan.FromSeconds(kill == 1 ? 1 : 3 * kill));
            await server.RestartAsync();
            recoveries.Add(await RecoveryAsync(client, adminIds[0]));
        }

        await UntilAsync(() => load.AcknowledgedCommands.Count >= kills * commandsPerKill, workers, seed);
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        var outcome = await CrashCheck.CompareAsync(factory.Services, Tenant, load.AcknowledgedCommands);
        var down = load.DownAnswers.Concat(probes).ToArray();
        output.WriteLine(
            $"crash(redis): {load.AcknowledgedCommands.Count} commands acknowledged ({load.AcknowledgedCommands.Count(a => a.Replayed)} on a retried click), " +
            $"{kills} kill -9, {down.Length} turns while down (max answer {down.Max().TotalSeconds:0.0} s), answering again {recoveries.Max().TotalSeconds:0.0} s after restart at most, " +
            $"lost {outcome.Lost}, applied twice {outcome.AppliedTwice}; {load.Uncertain} confirms answered \"can’t tell\", " +
            $"{load.Untruthful} wrongly told \"nothing was changed\"; {admins} admins, {load.Misunderstood} sentences retyped, seed {seed}");

        Assert.NotEmpty(load.DownAnswers);
        Assert.Equal(0, load.Untruthful);
        Assert.All(down, d => Assert.True(d < AnswerBound, $"A turn while Redis was down took {d.TotalSeconds:0.0} s."));
        outcome.AssertClean($"seed {seed}");
    }

    // While the server is dead: a message in English, one in French and a French click are each answered in time, in
    // the speaker's language, with the store-unreachable message.
    private async Task<IReadOnlyList<TimeSpan>> ProbeWhileDownAsync(HttpClient client, string adminId)
    {
        var confirm = new Newtonsoft.Json.Linq.JObject { ["verb"] = "plan.confirm", ["planId"] = "p-probe" };
        var click = Invoke(adminId, confirm, "conv-probe", "fr-FR");
        var probes = new (Newtonsoft.Json.Linq.JObject Activity, Language Language)[]
        {
            (Message(adminId, "buy 2 Phone System licenses", "conv-probe", Tenant.ToString()), Language.English),
            (Message(adminId, "achète 2 licences Phone System", "conv-probe", Tenant.ToString(), "fr-FR"), Language.French),
            (click, Language.French),
        };
        click["conversation"]!["tenantId"] = Tenant.ToString();

        var times = new List<TimeSpan>();
        foreach (var (activity, language) in probes)
        {
            var watch = Stopwatch.StartNew();
            var shown = Shown(await SendAsync(client, activity));
            times.Add(watch.Elapsed);
            Assert.Contains(PurchaseLoad.StoreUnavailable(language), shown, StringComparison.Ordinal);
        }

        // Delivered as Teams delivers it (replies to the connector): the click itself is still answered, 200 with the words.
        await using var connector = await FakeConnector.StartAsync();
        var normal = connector.Route((Newtonsoft.Json.Linq.JObject)click.DeepClone());
        normal["id"] = Guid.NewGuid().ToString("N");
        var started = Stopwatch.StartNew();
        var response = await client.PostAsync("/api/messages", new StringContent(normal.ToString(), System.Text.Encoding.UTF8, "application/json"));
        times.Add(started.Elapsed);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PurchaseLoad.StoreUnavailable(Language.French), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(connector.DeliveredTo("conv-probe"), c => c.Text == PurchaseLoad.StoreUnavailable(Language.French));
        return times;
    }

    // How long after the server is back the bot, left alone, answers a turn normally again.
    private static async Task<TimeSpan> RecoveryAsync(HttpClient client, string adminId)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var shown = Shown(await SendAsync(client, Message(adminId, "help", "conv-recovery", Tenant.ToString())));
            if (!shown.Contains(PurchaseLoad.StoreUnavailable(Language.English), StringComparison.Ordinal))
            {
                return watch.Elapsed;
            }

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "The bot did not recover within 30 s of Redis coming back.");
            await Task.Delay(100);
        }
    }

    // Waits for a condition while the workers run; a worker that failed fails the test at once.
    private static async Task UntilAsync(Func<bool> done, Task[] workers, int seed)
    {
        var deadline = Stopwatch.StartNew();
        while (!done())
        {
            if (workers.FirstOrDefault(w => w.IsFaulted) is { } failed)
            {
                await failed;
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(5), $"The load made no progress in 5 minutes (seed {seed}).");
            await Task.Delay(50);
        }
    }
}
