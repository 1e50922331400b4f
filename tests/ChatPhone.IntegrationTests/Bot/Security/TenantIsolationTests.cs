using System.Text.RegularExpressions;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// Tenant isolation (issue 8, R6): random conversations in three tenants through <c>POST /api/messages</c>, with
/// buttons of one tenant's cards replayed by another tenant's admin. No reply ever names another tenant's people,
/// nothing forged applies, and a scan of the key space finds every key under its own tenant's hash tag.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class TenantIsolationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly string[] Tenants = ["alpha", "bravo", "charlie"];
    private BotFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(redis);
        _client = await _factory.ReadyClientAsync();
        for (var t = 0; t < Tenants.Length; t++)
        {
            var name = Tenants[t];
            var title = char.ToUpperInvariant(name[0]) + name[1..];
            await TenantSeed.PeopleAsync(_factory.Services, TenantId.Parse(name),
                (AdminOf(t), $"admin@{name}.example", $"{title} Admin", "US", "admin"),
                (UserOf(t), $"user@{name}.example", $"{title} User", "US", "user"));
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task RandomConversationsInThreeTenants_NeverShowAnotherTenant_ForgedClicksApplyNothing_AndEveryKeyCarriesItsTenantsTag()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var scripts = Enumerable.Range(0, Tenants.Length).Select(Script).ToArray();
        var cursors = new int[Tenants.Length];
        var shown = Tenants.ToDictionary(t => t, _ => new List<string>());
        var buttons = new List<(int Tenant, JObject Data)>();

        // Interleave the three tenants' scripts at random; every card button seen is kept for forging later.
        while (cursors.Where((c, t) => c < scripts[t].Count).Any())
        {
            var t = random.Next(Tenants.Length);
            if (cursors[t] >= scripts[t].Count)
            {
                continue;
            }

            var (user, text) = scripts[t][cursors[t]++];
            var replies = await SendAsync(_client, Message(user, text, $"conv-{Tenants[t]}", Tenants[t]));
            shown[Tenants[t]].Add(Shown(replies));
            foreach (var data in Buttons(replies))
            {
                buttons.Add((t, data));
                if ((string?)data["verb"] is "plan.confirm" or "numbers.acquire" or "emergency.address.submit")
                {
                    shown[Tenants[t]].Add(Shown(await SendAsync(_client, InvokeIn(t, user, data))));
                }
            }
        }

        // Another tenant's admin presses every button seen (same conversation id, so only the tenant differs).
        var forgedAnswers = new List<string>();
        foreach (var (t, data) in buttons)
        {
            var other = (t + 1 + random.Next(Tenants.Length - 1)) % Tenants.Length;
            var answer = Shown(await SendAsync(_client, InvokeIn(other, AdminOf(other), data, $"conv-{Tenants[t]}")));
            shown[Tenants[other]].Add(answer);
            forgedAnswers.Add(answer);
        }

        foreach (var (tenant, texts) in shown)
        {
            // The conversations did real work in each tenant (so the checks below look at real answers).
            Assert.Contains(texts, x => x.Contains("bought in all", StringComparison.Ordinal));
            Assert.Contains(texts, x => x.Contains("Numbers acquired", StringComparison.Ordinal));
            Assert.Contains(texts, x => x.Contains(Title(tenant) + "User", StringComparison.Ordinal));
            foreach (var stranger in Tenants.Where(t => t != tenant))
            {
                Assert.False(texts.Any(x => x.Contains($"@{stranger}.example", StringComparison.OrdinalIgnoreCase) || x.Contains(Title(stranger), StringComparison.Ordinal)),
                    $"A reply in {tenant} names someone of {stranger} (seed {seed}).");
            }
        }

        Assert.DoesNotContain(forgedAnswers, a => a.Contains("bought in all", StringComparison.Ordinal) || a.Contains("Numbers acquired", StringComparison.Ordinal));
        await AssertEveryKeyCarriesATenantTagAsync(seed);
    }

    private async Task AssertEveryKeyCarriesATenantTagAsync(int seed)
    {
        var prefix = _factory.Services.GetRequiredService<IConfiguration>()["Redis:KeyPrefix"]!;
        var keys = (await KeySpace.ScanAsync(redis, prefix)).Select(k => k.Key).ToArray();

        var tagged = new Regex("^" + Regex.Escape(prefix) + @":\{t:(alpha|bravo|charlie|demo)\}:");
        var untagged = keys.Where(k => !tagged.IsMatch(k)).ToArray();
        Assert.True(keys.Length > 50, $"Expected the conversations to write many keys, found {keys.Length}.");
        Assert.True(untagged.Length == 0, $"Keys without their tenant's hash tag (seed {seed}): {string.Join(", ", untagged.Take(20))}");
        foreach (var tenant in Tenants)
        {
            Assert.Contains(keys, k => k.StartsWith($"{prefix}:{{t:{tenant}}}:", StringComparison.Ordinal));
        }
    }

    private static IReadOnlyList<(string User, string Text)> Script(int t)
    {
        var admin = AdminOf(t);
        var user = UserOf(t);
        var domain = Tenants[t] + ".example";
        return
        [
            (admin, "help"),
            (admin, "start setup"),
            (admin, "buy 10 Phone System licenses"),
            (admin, "buy 10 Domestic Calling Plan licenses"),
            (admin, $"give user@{domain} Phone System and a domestic calling plan"),
            (admin, "add emergency address 1 Microsoft Way, Redmond, WA 98052, US"),
            (admin, "find 2 numbers in Seattle"),
            (admin, "show our numbers"),
            (admin, $"check user@{domain}'s phone setup"),
            (user, "what's my number?"),
            (user, "I can't call out"),
            (user, "what are my licenses?"),
            (admin, "show open tickets"),
            (admin, "who changed what today"),
        ];
    }

    // Every button of every card, with the card's current input values merged in as Teams sends them.
    private static IEnumerable<JObject> Buttons(IReadOnlyList<JObject> replies) =>
        replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).Select(a => a["content"]).OfType<JObject>()
            .SelectMany(card => card.SelectTokens("$..data").OfType<JObject>().Where(d => d["verb"] is not null).Select(d => WithInputs(card, d)));

    private static JObject InvokeIn(int tenant, string user, JObject data, string? conversation = null) =>
        WithTenant(Invoke(user, data, conversation ?? $"conv-{Tenants[tenant]}"), Tenants[tenant]);

    private static JObject WithTenant(JObject activity, string tenant)
    {
        activity["conversation"]!["tenantId"] = tenant;
        return activity;
    }

    private static string Title(string tenant) => char.ToUpperInvariant(tenant[0]) + tenant[1..] + " ";

    private static string AdminOf(int t) => $"{t + 1:0}0000000-0000-4000-8000-00000000000a";

    private static string UserOf(int t) => $"{t + 1:0}0000000-0000-4000-8000-00000000000b";
}
