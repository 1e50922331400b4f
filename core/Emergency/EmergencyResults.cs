namespace ChatPhone.Core.Emergency;

/// <summary>An address after a command that validates it: the stored address, what was corrected, what is wrong, and what to do next.</summary>
/// <param name="Address">The address as stored.</param>
/// <param name="Corrections">Automatic corrections made (reported back, never silent).</param>
/// <param name="Problems">Why it is not validated (empty when it is).</param>
/// <param name="NextStep">When not validated: send a validation request (US) or open a service request (elsewhere).</param>
public sealed record AddressOutcome(
    CivicAddress Address,
    IReadOnlyList<AddressNote> Corrections,
    IReadOnlyList<AddressNote> Problems,
    AddressNote? NextStep);

/// <summary>A location with the address it belongs to (the answer to "where is this location?").</summary>
public sealed record LocationPlace(CivicAddress Address, EmergencyLocation Location);

/// <summary>The id of a deleted address and how many locations went with it.</summary>
public sealed record AddressDeleted(string AddressId, int Locations);
