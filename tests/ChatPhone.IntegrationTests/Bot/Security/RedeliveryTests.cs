using ChatPhone.Core.Audit;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// Redelivery (issue 8, R1): Teams delivers at least once, so every activity here arrives two or three times —
/// sometimes concurrently — and every confirm is also double-clicked. Each command applies exactly once: the audit
/// log holds one applied entry per confirmed plan, the subscriptions add up, and the invariant checker finds nothing.
/// CI runs a short version; <c>CHATPHONE_RELIABILITY_FULL=1</c> replays about 1,000 activities.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedeliveryTests(RedisServerFixture redis, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TenantId Demo = TenantId.Parse("demo");
    private static readonly (Sku Sku, string Words)[] Skus =
        [(Sku.PhoneSystem, "Phone System"), (Sku.AudioConferencing, "Audio Conferencing"), (Sku.ResourceAccount, "resource account")];

    private BotFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(redis);
        _client = await _factory.ReadyClientAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task EveryActivityDeliveredTwoOrThreeTimes_AndEveryConfirmDoubleClicked_AppliesEachCommandExactlyOnce()
    {
        var rounds = Environment.GetEnvironmentVariable("CHATPHONE_RELIABILITY_FULL") == "1" ? 175 : 12;
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var expected = Skus.ToDictionary(s => s.Sku, _ => 0);
        var delivered = 0;
        var started = DateTimeOffset.UtcNow;

        for (var round = 0; round < rounds; round++)
        {
            var (sku, words) = Skus[random.Next(Skus.Length)];
            var quantity = random.Next(1, 10);
            var message = Message(Megan, $"buy {quantity} {words} licenses", "conv-redelivery");
            var planReplies = await DeliverAsync(message, random);
            delivered += planReplies.Count;
            var confirm = planReplies.SelectMany(r => r).Select(r => r.ToString()).Any(t => t.Contains("plan.confirm", StringComparison.Ordinal))
                ? ConfirmData(planReplies.First(r => r.Any(a => a.ToString().Contains("plan.confirm", StringComparison.Ordinal))))
                : throw new InvalidOperationException($"No plan card for \"{message["text"]}\" (seed {seed}).");

            var click = Invoke(Megan, confirm, "conv-redelivery");
            delivered += (await DeliverAsync(click, random)).Count;
            var doubleClick = await SendAsync(_client, Invoke(Megan, confirm, "conv-redelivery"));
            delivered++;
            Assert.Contains("Already done by you", Shown(doubleClick), StringComparison.Ordinal);
            expected[sku] += quantity;
        }

        var audit = await _factory.Services.GetRequiredService<IAuditLog>().QueryAsync(Demo, started.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1), actorId: Megan);
        var applied = audit.Count(e => e.Action == AuditActions.Licensing.Purchase && e.Outcome == AuditOutcome.Applied);
        var subscriptions = (await _factory.Services.GetRequiredService<LicensingService>().SubscriptionsAsync(Demo)).ToDictionary(s => s.Sku, s => s.Purchased);
        var violations = await _factory.Services.GetRequiredService<InvariantChecker>().CheckAsync(Demo);
        output.WriteLine($"redelivery: {rounds} commands, {delivered} activities delivered (each 2–3 times, some concurrently, plus a double click per confirm); applied {applied}; seed {seed}");

        Assert.Equal(rounds, applied);
        Assert.All(expected.Where(e => e.Value > 0), e => Assert.Equal(e.Value, subscriptions.GetValueOrDefault(e.Key)));
        Assert.Empty(violations);
    }

    // Posts the same activity (same id) two or three times, all at once or one after the other; returns each answer.
    private async Task<IReadOnlyList<IReadOnlyList<JObject>>> DeliverAsync(JObject activity, Random random)
    {
        var times = random.Next(2, 4);
        if (random.Next(2) == 0)
        {
            return await Task.WhenAll(Enumerable.Range(0, times).Select(_ => SendAsync(_client, (JObject)activity.DeepClone())));
        }

        var answers = new List<IReadOnlyList<JObject>>();
        for (var i = 0; i < times; i++)
        {
            answers.Add(await SendAsync(_client, (JObject)activity.DeepClone()));
        }

        return answers;
    }
}
