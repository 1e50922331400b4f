using ChatPhone.Core.Tenants;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// A conversation test whose state lives in a tenant of its own (a fresh id per class), so its voice apps, holidays and
/// people never meet another class's: messages and clicks are sent in that tenant.
/// </summary>
public abstract class OwnTenantConversation(RedisServerFixture redis) : BotConversation(redis)
{
    /// <summary>The class's own tenant.</summary>
    protected TenantId Tenant { get; } = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Every card the bot sent, and the card an invoke response carries.</summary>
    protected static IEnumerable<JObject> Cards(IReadOnlyList<JObject> replies) =>
        replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).Select(a => (JObject)a["content"]!)
            .Concat(replies.Where(r => (string?)r["type"] == "invokeResponse").Select(r => r["value"]?["body"]?["value"]).OfType<JObject>());

    /// <summary><paramref name="activity"/>, sent in the class's tenant.</summary>
    protected JObject InTenant(JObject activity)
    {
        activity["conversation"]!["tenantId"] = Tenant.Value;
        return activity;
    }

    /// <summary>Says <paramref name="text"/> in the class's tenant.</summary>
    protected Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, tenant: Tenant.Value, locale: locale));

    /// <summary>Clicks Confirm on <paramref name="plan"/> in the class's tenant.</summary>
    protected Task<IReadOnlyList<JObject>> ConfirmAsync(string user, IReadOnlyList<JObject> plan, string locale) =>
        SendAsync(Client, InTenant(Invoke(user, ConfirmData(plan), locale: locale)));
}
