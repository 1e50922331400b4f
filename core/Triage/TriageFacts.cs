using ChatPhone.Core.Availability;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Core.Triage;

/// <summary>
/// Everything a diagnosis needs about one person, as read in one round trip (see <see cref="TriageReads"/>).
/// Tests build it directly; <see cref="Diagnoser"/> only reads it.
/// </summary>
public sealed record TriageFacts
{
    /// <summary>What the person was looked up by (object id or UPN), as given.</summary>
    public required string Key { get; init; }

    /// <summary>What the person said beyond the symptom.</summary>
    public TriageDetails Details { get; init; } = TriageDetails.None;

    /// <summary>The person, or null when the directory has nobody under <see cref="Key"/>.</summary>
    public Person? Person { get; init; }

    /// <summary>Availability in the person's usage location, or null when it is missing or unknown.</summary>
    public CountryAvailability? Country { get; init; }

    /// <summary>The person's licenses, or null when they hold none.</summary>
    public UserLicenses? Licenses { get; init; }

    /// <summary>The tenant's subscriptions, by SKU (to know whether a license is free to assign).</summary>
    public IReadOnlyDictionary<Sku, Subscription> Subscriptions { get; init; } = new Dictionary<Sku, Subscription>();

    /// <summary>The person's lines (their numbers as "what's my number?" lists them).</summary>
    public IReadOnlyList<UserLine> Lines { get; init; } = [];

    /// <summary>The tenant's whole number inventory, by E.164.</summary>
    public IReadOnlyDictionary<string, PhoneNumber> Numbers { get; init; } = new Dictionary<string, PhoneNumber>();

    /// <summary>Every wizard port order, with its status as of now.</summary>
    public IReadOnlyList<PortOrder> PortOrders { get; init; } = [];

    /// <summary>Every emergency address with its locations.</summary>
    public IReadOnlyList<CivicAddress> Addresses { get; init; } = [];

    /// <summary>The Communications Credits account, or null before it is set up.</summary>
    public CreditsAccount? Credits { get; init; }

    /// <summary>The minute pool of the country the person's Calling Plan was assigned in, or null without a plan.</summary>
    public MinutePool? Pool { get; init; }

    /// <summary>The audio conferencing bridge, or null before conferencing is enabled.</summary>
    public ConferenceBridge? Bridge { get; init; }

    /// <summary>The person's organizer settings, or null when they are not enabled for dial-in.</summary>
    public OrganizerSettings? Organizer { get; init; }

    /// <summary>Every call queue.</summary>
    public IReadOnlyList<CallQueue> CallQueues { get; init; } = [];

    /// <summary>Every resource account.</summary>
    public IReadOnlyList<ResourceAccount> ResourceAccounts { get; init; } = [];

    /// <summary>The person's object id (lower-case), or the key when nobody was found.</summary>
    public string UserId => Person?.AadObjectId.ToLowerInvariant() ?? Key;

    /// <summary>The usable Communications Credits balance at <paramref name="now"/>.</summary>
    public decimal Balance(DateTimeOffset now) => Credits?.Balance(now) ?? 0m;

    /// <summary>Units of <paramref name="sku"/> bought and not yet assigned.</summary>
    public int Free(Sku sku) => Subscriptions.TryGetValue(sku, out var subscription) ? Math.Max(0, subscription.Available) : 0;

    /// <summary>Units of <paramref name="sku"/> bought.</summary>
    public int Purchased(Sku sku) => Subscriptions.TryGetValue(sku, out var subscription) ? subscription.Purchased : 0;
}
