using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.SelfService;

/// <summary>One of the person's numbers, and where emergency services would be sent for it.</summary>
/// <param name="Number">E.164.</param>
/// <param name="Category">Primary, alternate or private.</param>
/// <param name="Country">The number's country.</param>
/// <param name="EmergencyAddress">The validated address emergency calls report, when one is set.</param>
/// <param name="LocationName">The place within that address (floor, building), when set.</param>
public sealed record MyLine(string Number, AssignmentCategory Category, string Country, string? EmergencyAddress, string? LocationName);

/// <summary>How people join the person's meetings by phone.</summary>
/// <param name="Organizer">True when the person is enabled for Audio Conferencing.</param>
/// <param name="TollNumber">The toll number on their invitations.</param>
/// <param name="TollFreeNumber">The toll-free number on their invitations, when allowed.</param>
/// <param name="BridgeNumbers">Every dial-in number of the organisation's bridge.</param>
public sealed record MyDialIn(bool Organizer, string? TollNumber, string? TollFreeNumber, IReadOnlyList<string> BridgeNumbers);

/// <summary>What "my phone" means to a person: their numbers, emergency address, licenses and dial-in numbers.</summary>
/// <param name="DisplayName">Their name.</param>
/// <param name="UsageLocation">Their usage location (the country licenses are used in).</param>
/// <param name="Lines">Their numbers, primary first.</param>
/// <param name="Licenses">Their licenses.</param>
/// <param name="DialIn">Their meetings' dial-in numbers.</param>
public sealed record MyPhone(string DisplayName, string? UsageLocation, IReadOnlyList<MyLine> Lines, IReadOnlyList<Sku> Licenses, MyDialIn DialIn);
