using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// The conferencing bridge, the credits account, helpdesk tickets, the helpdesk channel and the tenant summary through
/// <c>POST /api/messages</c>, in English and French: show → change (a sentence and the Edit form) → Confirm → show →
/// remove / turn off; the roles; plans confirmed after the object changed; confirming twice; undo. Sentences are typed,
/// except the "did you mean…?" button (<c>intent.choose</c>: the person's own sentence read as the chosen intent) for the
/// auto-recharge phrasing only the credits object reads.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed partial class ServicesObjectConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000e1";
    private const string Helper = "00000000-0000-4000-8000-0000000000e2";
    private const string Worker = "00000000-0000-4000-8000-0000000000e3";
    private readonly TenantId _tenant = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);

    private Actor TenantAdmin => TenantSeed.Admin(_tenant);

    protected override Task ArrangeAsync() =>
        TenantSeed.PeopleAsync(Factory.Services, _tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"),
            (Helper, "helper@fabrikam.com", "He Helper", "US", "helpdesk"),
            (Worker, "worker@fabrikam.com", "Wo Worker", "US", "user"));

    // A card button on an object, as its click sends it.
    private static JObject Object(string intent, string kind, string id) =>
        new() { ["verb"] = "object.act", ["intent"] = intent, ["kind"] = kind, ["objectId"] = id };

    // The "did you mean…?" button: the sentence, read as the chosen intent.
    private static JObject Choose(string intent, string text) =>
        new() { ["verb"] = "intent.choose", ["intent"] = intent, ["text"] = text };

    // The data of the object button that runs <paramref name="intent"/> (Edit = ChangeObject, Remove = RemoveObject).
    private static JObject ButtonData(IReadOnlyList<JObject> replies, string intent) =>
        (JObject)CardOf(replies).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["intent"] == intent);

    // A form's submit button with the card's inputs merged in, then <paramref name="values"/> on top.
    private static JObject Submit(IReadOnlyList<JObject> form, string verb, params (string Id, string Value)[] values)
    {
        var data = WithInputs(CardOf(form), ActionData(form, verb));
        foreach (var (id, value) in values)
        {
            data[id] = value;
        }

        return data;
    }

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, tenant: _tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> ClickAsync(string user, JObject data, string locale = "en-US")
    {
        var activity = Invoke(user, data, locale: locale);
        activity["conversation"]!["tenantId"] = _tenant.Value;
        return SendAsync(Client, activity);
    }

    private Task<IReadOnlyList<JObject>> ConfirmAsync(string user, IReadOnlyList<JObject> plan, string locale = "en-US") =>
        ClickAsync(user, ConfirmData(plan), locale);
}
