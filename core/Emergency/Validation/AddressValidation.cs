namespace ChatPhone.Core.Emergency.Validation;

/// <summary>The outcome of validating an address: its status, the corrected fields, what was corrected and what is wrong.</summary>
/// <param name="Status">Validated (no problems), Invalid (problems) or NotValidated (no data for the country).</param>
/// <param name="Fields">The fields after the automatic corrections.</param>
/// <param name="Corrections">The automatic corrections made, in order.</param>
/// <param name="Problems">Why the address is not valid (empty when it is).</param>
public sealed record AddressValidation(
    ValidationStatus Status,
    AddressFields Fields,
    IReadOnlyList<AddressNote> Corrections,
    IReadOnlyList<AddressNote> Problems)
{
    /// <summary>What the admin should do when an address of <paramref name="country"/> is not validated; null when it is.</summary>
    public static AddressNote? NextStep(string country, ValidationStatus status) => status switch
    {
        ValidationStatus.Validated => null,
        _ when country.Equals("US", StringComparison.OrdinalIgnoreCase) => AddressNote.Of("emergency.next.send_validation_request"),
        _ => AddressNote.Of("emergency.next.open_service_request"),
    };
}
