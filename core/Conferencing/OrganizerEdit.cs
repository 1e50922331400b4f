using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Conferencing;

/// <summary>What an <see cref="EditBridge"/> changes for one organizer (null: unchanged).</summary>
/// <param name="UserId">The organizer's object id.</param>
/// <param name="Provider">Their audio conferencing provider; a third party is refused for Teams users.</param>
/// <param name="TollNumber">The toll number on their invites: a toll number on the bridge.</param>
/// <param name="TollFreeNumber">The toll-free number on their invites: a toll-free number on the bridge (needs credits).</param>
public sealed record OrganizerEdit(UserId UserId, ConferencingProvider? Provider = null, string? TollNumber = null, string? TollFreeNumber = null);
