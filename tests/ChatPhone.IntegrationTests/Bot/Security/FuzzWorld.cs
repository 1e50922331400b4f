using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>One tenant of the fuzzing world: its people, and the real objects and buttons its admin's conversation left.</summary>
public sealed class FuzzTenant(string name, int index)
{
    public string Name { get; } = name;

    public string Title { get; } = char.ToUpperInvariant(name[0]) + name[1..];

    public string Admin { get; } = $"{index + 1:0}0000000-0000-4000-8000-00000000000a";

    public string User { get; } = $"{index + 1:0}0000000-0000-4000-8000-00000000000b";

    public string Helpdesk { get; } = $"{index + 1:0}0000000-0000-4000-8000-00000000000c";

    public string Domain => Name + ".example";

    /// <summary>Every card button's data the setup conversation showed (confirmed, pending or cancelled plans, tickets…).</summary>
    public List<JObject> Buttons { get; } = [];

    /// <summary>Ticket ids, numbers, order ids, queue ids: the objects a forged payload can name.</summary>
    public List<string> Objects { get; } = [];

    /// <summary>What no reply outside this tenant may show unless the activity itself named it.</summary>
    public IEnumerable<string> Secrets =>
        Objects.Concat([$"admin@{Domain}", $"user@{Domain}", $"helpdesk@{Domain}", $"{Title} Admin", $"{Title} User", $"{Title} Helpdesk", Title + "Sales"])
            .Concat(Buttons.SelectMany(b => new[] { (string?)b["planId"], (string?)b["orderId"], (string?)b["importId"] }).OfType<string>());
}

/// <summary>
/// The world the fuzzer attacks: three tenants seeded like the demo, each with people (admin, user, helpdesk) and, through
/// real conversations with the bot, licenses bought and given, an emergency address, numbers acquired, a call queue, a
/// ticket and a plan left pending. Alpha and bravo are the victims: only their user and strangers speak in them during
/// the run. Charlie is the attacker's own tenant.
/// </summary>
public static class FuzzWorld
{
    public static async Task<FuzzTenant[]> SeedAsync(IServiceProvider services, HttpClient client)
    {
        // Each tenant takes numbers from its own places: the simulated carrier's stock is the same for every tenant.
        FuzzTenant[] tenants = [new("alpha", 0), new("bravo", 1), new("charlie", 2)];
        (string Acquired, string Pending)[] places = [("Seattle", "Dallas"), ("Spokane", "Houston"), ("Redmond", "Los Angeles")];
        for (var t = 0; t < tenants.Length; t++)
        {
            var tenant = tenants[t];
            await TenantSeed.PeopleAsync(services, TenantId.Parse(tenant.Name),
                (tenant.Admin, $"admin@{tenant.Domain}", $"{tenant.Title} Admin", "US", "admin"),
                (tenant.User, $"user@{tenant.Domain}", $"{tenant.Title} User", "US", "user"),
                (tenant.Helpdesk, $"helpdesk@{tenant.Domain}", $"{tenant.Title} Helpdesk", "US", "helpdesk"));
            await ConverseAsync(client, tenant, places[t]);
            await CollectObjectsAsync(services, tenant);
        }

        return tenants;
    }

    private static async Task ConverseAsync(HttpClient client, FuzzTenant tenant, (string Acquired, string Pending) place)
    {
        var admin = tenant.Admin;
        (string User, string Text, string? Click)[] script =
        [
            (admin, "buy 10 Phone System licenses", "plan.confirm"),
            (admin, "buy 10 Domestic Calling Plan licenses", "plan.confirm"),
            (admin, $"give user@{tenant.Domain} Phone System and a domestic calling plan", "plan.confirm"),
            (admin, "add emergency address 1 Microsoft Way, Redmond, WA 98052, US", "emergency.address.submit"),
            (admin, $"find 2 numbers in {place.Acquired}", "numbers.acquire"),
            (admin, $"create a call queue {tenant.Title}Sales, round robin, agents user@{tenant.Domain}", "plan.confirm"),
            (admin, "buy 3 Audio Conferencing licenses", "plan.cancel"),
            (admin, "buy 5 Audio Conferencing licenses", null),
            (admin, $"find 1 number in {place.Pending}", null),
            (tenant.User, "I can't call out", null),
            (admin, "show open tickets", null),
            (admin, $"check user@{tenant.Domain}'s phone setup", null),
        ];
        foreach (var (user, text, click) in script)
        {
            var replies = await SendAsync(client, In(tenant, Message(user, text, $"setup-{tenant.Name}")));
            tenant.Buttons.AddRange(ButtonsOf(replies));
            if (click is not null)
            {
                var data = ButtonsOf(replies).FirstOrDefault(b => (string?)b["verb"] == click)
                    ?? throw new InvalidOperationException($"No {click} button after \"{text}\" in {tenant.Name}: {Shown(replies)}");
                tenant.Buttons.AddRange(ButtonsOf(await SendAsync(client, In(tenant, Invoke(admin, data, $"setup-{tenant.Name}")))));
            }
        }
    }

    // The objects the conversation really made, read back from the store: the fuzzer names them in forged payloads.
    private static async Task CollectObjectsAsync(IServiceProvider services, FuzzTenant tenant)
    {
        var snapshot = await VictimState.ReadAsync(services, TenantId.Parse(tenant.Name));
        foreach (var collection in new[] { HelpdeskCollections.Tickets.Name, NumberCollections.Numbers.Name, OrderCollections.Orders.Name, CallQueueCollections.Queues.Name })
        {
            var ids = snapshot.Documents.Where(d => d.Key.StartsWith(collection + "/", StringComparison.Ordinal)).Select(d => d.Key[(collection.Length + 1)..]).ToArray();
            Assert.True(ids.Length > 0, $"The setup of {tenant.Name} made no {collection}.");
            tenant.Objects.AddRange(ids);
        }

        Assert.Contains(snapshot.Documents.Keys, k => k.StartsWith(LicensingCollections.Subscriptions.Name + "/", StringComparison.Ordinal));
    }

    /// <summary>Names <paramref name="tenant"/> on <paramref name="activity"/> as Teams does.</summary>
    public static JObject In(FuzzTenant tenant, JObject activity)
    {
        activity["conversation"]!["tenantId"] = tenant.Name;
        return activity;
    }

    /// <summary>Every button of every card among <paramref name="replies"/> (invoke responses too), with the card's inputs merged in.</summary>
    public static IEnumerable<JObject> ButtonsOf(IReadOnlyList<JObject> replies)
    {
        var cards = replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).Select(a => a["content"]).OfType<JObject>()
            .Concat(replies.Where(r => (string?)r["type"] == "invokeResponse").Select(r => r["value"]?["body"]?["value"]).OfType<JObject>());
        return cards.SelectMany(card => card.SelectTokens("$..data").OfType<JObject>().Where(d => d["verb"] is not null).Select(d => WithInputs(card, d))).ToArray();
    }
}
