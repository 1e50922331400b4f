using ChatPhone.Core.Common;
using ChatPhone.IntegrationTests.Infrastructure;

namespace ChatPhone.IntegrationTests.Bot.Security;

public sealed partial class CrashTests
{
    [Fact]
    public async Task BotOnEmbeddedGarnetKilledMidWrites_RestartsOnItsData_WithEveryAcknowledgedPurchase()
    {
        var (admins, kills, commandsPerKill) = Full ? (4, 3, 60) : (2, 1, 10);
        var seed = Environment.TickCount;
        var adminIds = Enumerable.Range(0, admins).Select(i => $"00000000-0000-4000-8000-{0xc000 + i:000000000000}").ToArray();
        // Admins by configuration (no directory needed): the tenant holds nothing but what the load buys.
        await using var bot = await BotProcess.StartAsync(adminIds.Select((id, i) => ($"ChatPhone:BootstrapAdmins:{i}", id))
            .Append(("ChatPhone:SeedDemo", "false")).ToArray());
        using var client = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(30) };

        var load = new PurchaseLoad(() => client, Tenant.ToString(), seed);
        using var stop = new CancellationTokenSource();
        var workers = adminIds.Select((id, i) => Task.Run(() =>
            load.RunAdminAsync(id, $"conv-crash-{i}", i % 2 == 0 ? Language.English : Language.French, stop.Token))).ToArray();

        var restarts = new List<TimeSpan>();
        var random = new Random(seed);
        for (var kill = 1; kill <= kills; kill++)
        {
            await UntilAsync(() => load.AcknowledgedCommands.Count >= kill * commandsPerKill * 2 / 3, workers, seed);
            // Somewhere inside the next turns, so a confirm is often on its way to the AOF.
            await Task.Delay(random.Next(0, 40));
            await bot.KillAsync();
            restarts.Add(await bot.RestartAsync());
        }

        await UntilAsync(() => load.AcknowledgedCommands.Count >= kills * commandsPerKill, workers, seed);
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        // Read back through the core, straight from the restarted bot's Garnet, under the bot's key prefix.
        await using var services = CoreServices.Create(redis, ("Redis:ConnectionString", bot.StoreConnectionString), ("Redis:KeyPrefix", "cp"));
        var outcome = await CrashCheck.CompareAsync(services, Tenant, load.AcknowledgedCommands);
        output.WriteLine(
            $"crash(garnet): {load.AcknowledgedCommands.Count} commands acknowledged ({load.AcknowledgedCommands.Count(a => a.Replayed)} on a retried click), " +
            $"{kills} kill -9 of the bot, {load.Unreachable} turns unanswered while it was dead, restart to healthy max {restarts.Max().TotalSeconds:0.0} s, " +
            $"lost {outcome.Lost}, applied twice {outcome.AppliedTwice}; {admins} admins, {load.Misunderstood} sentences retyped, seed {seed}");

        Assert.Equal(0, load.Untruthful);
        outcome.AssertClean($"seed {seed}\n{bot.RecentLog}");
    }
}
