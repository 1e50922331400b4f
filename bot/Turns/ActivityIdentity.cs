using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatPhone.Bot.Turns;

/// <summary>Reads the tenant and the user from an activity, as the external contract says.</summary>
public static class ActivityIdentity
{
    /// <summary>
    /// <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>, else <paramref name="defaultTenant"/>.
    /// A named but malformed tenant fails rather than silently falling back.
    /// </summary>
    public static Result<TenantId> Tenant(IActivity activity, string defaultTenant) =>
        TenantId.TryCreate(NamedTenant(activity) ?? defaultTenant);

    /// <summary><c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>; null when the activity names no tenant.</summary>
    public static string? NamedTenant(IActivity activity)
    {
        var named = activity.Conversation?.TenantId;
        if (string.IsNullOrWhiteSpace(named) && activity.ChannelData is JObject channelData)
        {
            named = channelData.SelectToken("tenant.id")?.Type == JTokenType.String
                ? channelData.SelectToken("tenant.id")!.Value<string>()
                : null;
        }

        return string.IsNullOrWhiteSpace(named) ? null : named;
    }

    /// <summary><c>from.aadObjectId</c>, else <c>from.id</c>; empty when the activity has no sender.</summary>
    public static string UserId(IActivity activity) =>
        activity.From is { } from
            ? (string.IsNullOrWhiteSpace(from.AadObjectId) ? from.Id ?? string.Empty : from.AadObjectId).Trim()
            : string.Empty;
}
