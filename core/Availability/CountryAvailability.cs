using System.Diagnostics.CodeAnalysis;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Core.Availability;

/// <summary>
/// What Microsoft sells in one country or region (reference step 1): Phone System, Calling Plans,
/// Audio Conferencing, service numbers and Communications Credits, plus the names people use for it.
/// </summary>
/// <param name="Iso">ISO 3166-1 alpha-2 code, upper case (<c>JP</c>).</param>
/// <param name="EnglishName">The English name (<c>Japan</c>).</param>
/// <param name="FrenchName">The French name (<c>Japon</c>).</param>
/// <param name="Aliases">Other names people type, in either language (<c>USA</c>, <c>Émirats arabes unis</c>).</param>
/// <param name="PhoneSystem">The Phone System block.</param>
/// <param name="CallingPlans">The Calling Plans block.</param>
/// <param name="AudioConferencing">The Audio Conferencing block.</param>
/// <param name="ServiceNumbers">Toll and toll-free service numbers.</param>
/// <param name="CommunicationsCredits">The Communications Credits block.</param>
public sealed record CountryAvailability(
    string Iso,
    string EnglishName,
    string FrenchName,
    IReadOnlyList<string> Aliases,
    PhoneSystemAvailability PhoneSystem,
    CallingPlansAvailability CallingPlans,
    AudioConferencingAvailability AudioConferencing,
    ServiceNumbersAvailability ServiceNumbers,
    CommunicationsCreditsAvailability CommunicationsCredits)
{
    /// <summary>The name in <paramref name="language"/>.</summary>
    public string Name(Common.Language language) => language == Common.Language.French ? FrenchName : EnglishName;
}

/// <summary>Whether Phone System can be bought, and which of its features work there.</summary>
public sealed record PhoneSystemAvailability(bool Purchasable, bool AutoAttendants, bool CallQueues, bool Voicemail);

/// <summary>
/// Whether Calling Plans are sold, and the monthly minutes each plan adds to the country's pool.
/// Minutes are pooled per country (assigned licenses × allotment); <see cref="SharesPoolWith"/> names
/// the countries whose users draw from the same pool (the US and Puerto Rico).
/// </summary>
/// <param name="Purchasable">True when Calling Plans can be bought for users of this country.</param>
/// <param name="OutboundDestinations">How many countries/regions users can call (196), when sold.</param>
/// <param name="Allotments">Monthly minutes per plan, when sold; null otherwise.</param>
/// <param name="SharesPoolWith">Other countries sharing this country's minute pool (ISO codes).</param>
public sealed record CallingPlansAvailability(
    bool Purchasable,
    int? OutboundDestinations = null,
    IReadOnlyList<MinuteAllotment>? Allotments = null,
    IReadOnlyList<string>? SharesPoolWith = null)
{
    /// <summary>Finds the monthly minutes of <paramref name="plan"/>; false when that plan is not sold here.</summary>
    public bool TryGetAllotment(Sku plan, [MaybeNullWhen(false)] out MinuteAllotment allotment)
    {
        allotment = Allotments?.FirstOrDefault(a => a.Plan == plan);
        return allotment is not null;
    }
}

/// <summary>The minutes one Calling Plan license adds each calendar month.</summary>
/// <param name="Plan"><see cref="Sku.DomesticCallingPlan"/> or <see cref="Sku.InternationalCallingPlan"/>.</param>
/// <param name="DomesticMinutes">Domestic minutes per license per month.</param>
/// <param name="InternationalMinutes">International minutes per license per month (0 for the domestic plan).</param>
public sealed record MinuteAllotment(Sku Plan, int DomesticMinutes, int InternationalMinutes);

/// <summary>Whether Audio Conferencing can be bought, its shared dial-in cities and dial-out ("Call Me").</summary>
/// <param name="Purchasable">True when the Audio Conferencing add-on is sold.</param>
/// <param name="DialOutCallMe">True when meetings can dial out to phones ("Call Me").</param>
/// <param name="AutoAssignedSharedNumbers">Cities whose shared dial-in numbers are assigned automatically.</param>
public sealed record AudioConferencingAvailability(bool Purchasable, bool DialOutCallMe, IReadOnlyList<string> AutoAssignedSharedNumbers);

/// <summary>Which service numbers (for conferencing, auto attendants, call queues) can be had.</summary>
/// <param name="TollAvailable">True when toll service numbers are offered.</param>
/// <param name="TollFreeAvailable">True when toll-free service numbers are offered (they need Communications Credits).</param>
/// <param name="TollCities">Where toll numbers can be had, as "State, City" (<c>Washington, Seattle</c>); empty when not listed.</param>
public sealed record ServiceNumbersAvailability(bool TollAvailable, bool TollFreeAvailable, IReadOnlyList<string> TollCities);

/// <summary>Whether Communications Credits can be bought.</summary>
public sealed record CommunicationsCreditsAvailability(bool Available);
