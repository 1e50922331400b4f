using ChatPhone.Core.Directory;

namespace ChatPhone.Graph.Directory;

/// <summary>
/// One user as <c>GET /users</c> returns it with the fields ChatPhone selects. <see cref="UsageLocation"/> and
/// <see cref="Department"/> are null when the directory has none (a license needs a usage location).
/// </summary>
public sealed record GraphPerson(
    string Id,
    string DisplayName,
    string UserPrincipalName,
    string? UsageLocation,
    string? Department,
    IReadOnlyList<Guid> SkuIds)
{
    /// <summary>The core's person for this user, with the ChatPhone role the caller decides (Graph knows none).</summary>
    public Person ToPerson(Role role) =>
        new(Id, UserPrincipalName, DisplayName, UsageLocation ?? string.Empty, Department ?? string.Empty, role);
}
