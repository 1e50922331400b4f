using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Audit;

/// <summary>Answers audit queries for admins and helpdesk staff: newest first, bounded in time and size.</summary>
public sealed class AuditQueryService(IAuditLog log)
{
    /// <summary>The entries matching <paramref name="query"/>, newest first.</summary>
    public async Task<Result<IReadOnlyList<AuditEntry>>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        if (query.To < query.From || query.To - query.From > AuditQuery.MaxRange)
        {
            return new Error("audit.range_invalid", (int)AuditQuery.MaxRange.TotalDays);
        }

        if (query.Limit is < 1 or > AuditQuery.MaxLimit)
        {
            return new Error("audit.limit_invalid", AuditQuery.MaxLimit);
        }

        var entries = await log.QueryAsync(query.Actor.Tenant, query.From, query.To, query.ActorId, target: null, cancellationToken);
        return entries
            .Where(e => Matches(e.Target, query.Target))
            .OrderByDescending(e => e.At)
            .Take(query.Limit)
            .ToArray();
    }

    private static bool Matches(string target, string? filter) => filter switch
    {
        null or "" => true,
        _ when filter.EndsWith(':') => target.StartsWith(filter, StringComparison.OrdinalIgnoreCase),
        _ when filter.Contains(':', StringComparison.Ordinal) => string.Equals(target, filter, StringComparison.OrdinalIgnoreCase),
        _ => target.EndsWith(":" + filter, StringComparison.OrdinalIgnoreCase),
    };
}
