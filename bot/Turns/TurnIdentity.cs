using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Turns;

/// <summary>Who is speaking, where, in which tenant and language: resolved once at the start of a turn.</summary>
public sealed record TurnIdentity(Actor Actor, string ConversationId, Language Language)
{
    /// <summary>The tenant of the turn.</summary>
    public TenantId Tenant => Actor.Tenant;
}
