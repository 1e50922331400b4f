using ChatPhone.Bot.Hosting;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Turns;

/// <summary>Resolves the <see cref="TurnIdentity"/> of an incoming activity.</summary>
public sealed class TurnIdentityResolver(ActorResolver actors, IOptions<BotOptions> options)
{
    /// <summary>
    /// The tenant, conversation and sender the activity names, read from the activity alone (no lookup), so work that
    /// needs only these can start together with <see cref="ResolveAsync"/>; null when the tenant is invalid.
    /// </summary>
    public ActivityOrigin? Locate(Microsoft.Bot.Schema.IActivity activity)
    {
        var tenant = ActivityIdentity.Tenant(activity, options.Value.DefaultTenantId);
        return tenant.IsSuccess ? new ActivityOrigin(tenant.Value, activity.Conversation?.Id ?? string.Empty, ActivityIdentity.UserId(activity)) : null;
    }

    /// <summary>The identity, or an error when the activity names an invalid tenant or no sender.</summary>
    public async Task<Result<TurnIdentity>> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var tenant = ActivityIdentity.Tenant(activity, options.Value.DefaultTenantId);
        if (!tenant.IsSuccess)
        {
            return tenant.Error;
        }

        var userId = ActivityIdentity.UserId(activity);
        if (userId.Length == 0)
        {
            return new Error("directory.person_not_found", "?");
        }

        var actor = await actors.ResolveAsync(tenant.Value, userId, activity.From?.Name, cancellationToken);
        var language = LanguageDetector.Detect(activity.Text, activity.Locale);
        return new TurnIdentity(actor, activity.Conversation?.Id ?? string.Empty, language);
    }
}

/// <summary>Where an activity comes from, as it says: its tenant, conversation and sender id (not yet looked up).</summary>
public sealed record ActivityOrigin(TenantId Tenant, string ConversationId, string UserId);
