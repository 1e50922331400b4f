using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.Conferencing;

/// <summary>
/// The tenant's audio conferencing bridge (reference step 6, Get/Set-CsOnlineDialInConferencingBridge):
/// absent until conferencing is enabled, then one document holding its service numbers and its default
/// toll number. Shared numbers belong to Microsoft and are not in the tenant's inventory.
/// </summary>
/// <param name="Id">The bridge id (numbers on it carry it as their assignment target).</param>
/// <param name="Name">Display name; renamable.</param>
/// <param name="Country">ISO country the bridge was enabled for (its shared numbers come from there).</param>
/// <param name="Numbers">The numbers callers can dial, shared and dedicated.</param>
/// <param name="DefaultNumber">The toll number new organizers get; never toll-free.</param>
/// <param name="EnabledAt">When conferencing was enabled.</param>
/// <param name="DefaultTollFreeNumber">
/// The toll-free number on every organizer's invites, new organizers included (Teams keeps it per organizer as
/// TollFreeServiceNumber; ChatPhone sets it for all at once); a toll-free number on the bridge, or null.
/// </param>
public sealed record ConferenceBridge(
    string Id,
    string Name,
    string Country,
    IReadOnlyList<BridgeNumber> Numbers,
    string? DefaultNumber,
    DateTimeOffset EnabledAt,
    string? DefaultTollFreeNumber = null)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The one document id.</summary>
    public const string DocumentId = "bridge";

    /// <summary>The name a new bridge gets.</summary>
    public const string DefaultName = "Conference Bridge";

    /// <summary>The bridge's entry for <paramref name="number"/>, or null when it is not on the bridge.</summary>
    public BridgeNumber? Find(string number) => Numbers.FirstOrDefault(n => n.Number == number);

    /// <summary>The bridge with <paramref name="entry"/> added, or replacing the entry of the same number.</summary>
    public ConferenceBridge With(BridgeNumber entry) =>
        this with { Numbers = [.. Numbers.Where(n => n.Number != entry.Number), entry] };

    /// <summary>The bridge without <paramref name="number"/>.</summary>
    public ConferenceBridge Without(string number) =>
        this with { Numbers = [.. Numbers.Where(n => n.Number != number)] };
}

/// <summary>A number on the bridge.</summary>
/// <param name="Number">E.164.</param>
/// <param name="Type">ConferenceToll or ConferenceTollFree.</param>
/// <param name="Shared">True for Microsoft's shared numbers (auto-assigned, not in the inventory, not removable).</param>
/// <param name="City">Where callers dial it from, when known.</param>
/// <param name="Languages">The conferencing auto attendant's languages; null means the defaults of the number's country.</param>
public sealed record BridgeNumber(string Number, NumberType Type, bool Shared, string? City, NumberLanguages? Languages = null)
{
    /// <summary>The dial-in kind of the number.</summary>
    public DialInKind Kind => Type.IsTollFree() ? DialInKind.TollFree : DialInKind.Toll;
}

/// <summary>The languages callers hear on a dedicated number: a primary one and up to four more, in order.</summary>
/// <param name="Primary">Culture id of the first language (<c>en-US</c>).</param>
/// <param name="Secondary">Culture ids offered next, in order.</param>
public sealed record NumberLanguages(string Primary, IReadOnlyList<string> Secondary);

/// <summary>Toll or toll-free dial-in.</summary>
public enum DialInKind
{
    /// <summary>A toll number.</summary>
    Toll,

    /// <summary>A toll-free number (needs Communications Credits).</summary>
    TollFree,
}
