namespace ChatPhone.Graph.Numbers;

/// <summary>
/// Assign <paramref name="TelephoneNumber"/> to the user or resource account <paramref name="AssignmentTargetId"/>, optionally
/// with its emergency location, as the person's <paramref name="AssignmentCategory"/> number (Graph's spelling: primary,
/// alternate, private).
/// </summary>
public sealed record AssignNumberRequest(
    string TelephoneNumber, string AssignmentTargetId, GraphNumberType NumberType, string? LocationId = null, string AssignmentCategory = "primary");

/// <summary>Take <paramref name="TelephoneNumber"/> back from whoever holds it.</summary>
public sealed record UnassignNumberRequest(string TelephoneNumber, GraphNumberType NumberType);

/// <summary>Set the emergency location of <paramref name="TelephoneNumber"/>; an empty <paramref name="LocationId"/> clears it.</summary>
public sealed record UpdateNumberLocationRequest(string TelephoneNumber, string LocationId);
