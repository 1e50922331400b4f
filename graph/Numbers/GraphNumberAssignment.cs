namespace ChatPhone.Graph.Numbers;

/// <summary>
/// One telephone number of the tenant's inventory (<c>numberAssignments</c>), with Graph's values as sent
/// (<c>directRouting</c>, <c>userAssigned</c>, …). <see cref="AssignmentTargetId"/> is the user or resource
/// account holding the number, null when it is free; <see cref="LocationId"/> its emergency location.
/// </summary>
public sealed record GraphNumberAssignment(
    string Id,
    string TelephoneNumber,
    string? NumberType,
    string? ActivationState,
    string? AssignmentStatus,
    string? AssignmentTargetId,
    string? AssignmentCategory,
    string? LocationId,
    string? CivicAddressId,
    string? IsoCountryCode,
    string? City,
    IReadOnlyList<string> Capabilities);
