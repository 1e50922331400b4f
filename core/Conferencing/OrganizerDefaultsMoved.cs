namespace ChatPhone.Core.Conferencing;

/// <summary>The organizers whose default of <paramref name="Kind"/> moved from one number to another.</summary>
/// <param name="From">The number they had.</param>
/// <param name="To">The number they have now.</param>
/// <param name="Kind">Toll or toll-free defaults.</param>
/// <param name="UserIds">The organizers moved (none when nobody had <paramref name="From"/>).</param>
public sealed record OrganizerDefaultsMoved(string From, string To, DialInKind Kind, IReadOnlyList<string> UserIds);
