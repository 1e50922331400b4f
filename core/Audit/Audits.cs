using ChatPhone.Core.Common;

namespace ChatPhone.Core.Audit;

/// <summary>Builds audit entries for an actor.</summary>
public static class Audits
{
    /// <summary>An entry for a change that was applied.</summary>
    public static AuditEntry Applied(Actor actor, DateTimeOffset at, string action, string target, string? before, string? after) =>
        new(Guid.NewGuid().ToString("N"), at, actor.UserId, actor.DisplayName, action, target, before, after, AuditOutcome.Applied);

    /// <summary>An entry for a command the actor was not allowed to run.</summary>
    public static AuditEntry Refused(Actor actor, DateTimeOffset at, string action, string target) =>
        new(Guid.NewGuid().ToString("N"), at, actor.UserId, actor.DisplayName, action, target, null, null, AuditOutcome.Refused);
}
