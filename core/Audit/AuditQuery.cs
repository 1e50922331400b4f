using ChatPhone.Core.Common;

namespace ChatPhone.Core.Audit;

/// <summary>
/// Asks the audit trail what happened between <paramref name="From"/> and <paramref name="To"/>, optionally
/// done by one person (<paramref name="ActorId"/>) or to one object (<paramref name="Target"/>: a full target
/// such as <c>numbers:+12065550100</c>, a collection such as <c>numbers:</c>, or a bare id such as
/// <c>id-alex</c> that matches every document with that id).
/// </summary>
public sealed record AuditQuery(Actor Actor, DateTimeOffset From, DateTimeOffset To, string? ActorId = null, string? Target = null, int Limit = 100)
{
    /// <summary>The most entries one query returns.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The longest time range one query may span.</summary>
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(366);
}
