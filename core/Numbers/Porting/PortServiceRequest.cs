using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>
/// A manual port request to support (reference step 3c and "Porting service numbers" in step 4), stored
/// in <c>port-requests</c>: used instead of the wizard for more than 999 numbers, service numbers or
/// toll-free numbers. One number type per request, named by its LOA.
/// </summary>
/// <param name="Id">Request id (quote it to support).</param>
/// <param name="Why">Why the wizard could not be used.</param>
/// <param name="Details">The same fields as a port order.</param>
/// <param name="Numbers">The numbers, E.164.</param>
/// <param name="Loa">The letter of authorisation, naming the number type.</param>
/// <param name="CivicAddressId">Emergency address for EMEA numbers.</param>
/// <param name="SubmittedAt">When it was created.</param>
public sealed record PortServiceRequest(
    string Id,
    Error Why,
    PortDetails Details,
    IReadOnlyList<string> Numbers,
    PortLoa Loa,
    string? CivicAddressId,
    DateTimeOffset SubmittedAt)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>True when support must be told these are SERVICE numbers (their concurrent-call capacity depends on it).</summary>
    public bool AreServiceNumbers => Loa.NumberType.IsService() || Loa.Kind is PortNumberKind.TollFree or PortNumberKind.ServiceToll;

    /// <summary>The request with its secrets masked (<see cref="PortDetails.Masked"/>).</summary>
    public PortServiceRequest Masked() => this with { Details = Details.Masked() };
}

/// <summary>A letter of authorisation for one number type.</summary>
/// <param name="Kind">The porting number type the letter names.</param>
/// <param name="NumberType">The service type the numbers will have (UserSubscriber for user numbers).</param>
/// <param name="Signature">Signed by the authorizing person.</param>
/// <param name="SignedAt">When it was signed (submitted).</param>
public sealed record PortLoa(PortNumberKind Kind, NumberType NumberType, string Signature, DateTimeOffset SignedAt);
