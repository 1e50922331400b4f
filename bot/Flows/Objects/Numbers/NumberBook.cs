using ChatPhone.Bot.Flows.Emergency;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>
/// The tenant's numbers with what a card says about each: who holds it (a person, a resource account, the bridge), its
/// emergency place, and the order or port it came from. Read once per turn by <see cref="NumberBookReader"/>.
/// </summary>
internal sealed record NumberBook(
    IReadOnlyList<PhoneNumber> Numbers,
    IReadOnlyDictionary<string, string> Holders,
    IReadOnlyList<CivicAddress> Addresses,
    IReadOnlyList<PortOrder> Ports,
    IReadOnlyList<NumberOrder> Orders)
{
    /// <summary>The number whose E.164 is <paramref name="e164"/>, if the tenant has it.</summary>
    public PhoneNumber? Find(string e164) => Numbers.FirstOrDefault(n => n.Number == e164);

    /// <summary>Who holds <paramref name="number"/>, by name; null when nobody does.</summary>
    public string? Holder(PhoneNumber number, Language language) => number.Assignment switch
    {
        null => null,
        { Target: AssignmentTarget.ConferenceBridge } => BotText.Get(language, "NumObj_Bridge"),
        var a => Holders.GetValueOrDefault(a.TargetId) ?? a.TargetId,
    };

    /// <summary>The number's emergency place on one line, or null when it has none.</summary>
    public string? Place(PhoneNumber number) =>
        EmergencyPlaces.Find(Addresses, number.LocationId) is { } place ? EmergencyPlaces.PlaceText(place.Address, place.Location) : null;

    /// <summary>The open port order that is moving <paramref name="number"/>, if any.</summary>
    public PortOrder? OpenPort(PhoneNumber number) => Ports.FirstOrDefault(p => p.IsOpen && p.Numbers.Contains(number.Number));

    /// <summary>Where the number came from: the port order that brought it, or the search order that acquired it.</summary>
    public string? Origin(PhoneNumber number, Language language) =>
        number.Source == NumberSource.Microsoft365 ? BotText.Get(language, "NumObj_FromMicrosoft365")
        : number.Source == NumberSource.Ported
            ? Ports.FirstOrDefault(p => p.Status == PortOrderStatus.Completed && p.Numbers.Contains(number.Number)) is { } port
                ? BotText.Get(language, "NumObj_FromPort", port.Id)
                : BotText.Get(language, "NumObj_Ported")
            : Orders.FirstOrDefault(o => o.Acquired?.Contains(number.Number) == true) is { } order
                ? BotText.Get(language, "NumObj_FromOrder", order.Id)
                : BotText.Get(language, "NumObj_Acquired");
}
