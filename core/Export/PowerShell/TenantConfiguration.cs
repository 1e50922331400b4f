using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// Everything the export writes, read in one consistent snapshot of the tenant and sorted so the same state always
/// gives the same script.
/// </summary>
public sealed record TenantConfiguration(
    IReadOnlyList<CivicAddress> Addresses,
    IReadOnlyDictionary<string, Person> People,
    IReadOnlyList<UserLicenses> Licenses,
    IReadOnlyList<PhoneNumber> Numbers,
    IReadOnlyList<ResourceAccount> ResourceAccounts,
    IReadOnlyList<CallQueue> Queues,
    IReadOnlyList<AutoAttendant> Attendants,
    IReadOnlyList<AudioFile> AudioFiles,
    ConferencingSettings? ConferencingSettings,
    ConferenceBridge? Bridge,
    IReadOnlyList<OrganizerSettings> Organizers,
    IReadOnlyList<NumberOrder> NumberOrders,
    IReadOnlyList<PortOrder> PortOrders,
    CreditsAccount? Credits)
{
    /// <summary>The collections the export reads in full.</summary>
    public static void Declare(ReadSet reads) =>
        reads.All(EmergencyCollections.Addresses)
            .All(DirectoryCollections.People)
            .All(LicensingCollections.Users)
            .All(NumberCollections.Numbers)
            .All(ResourceAccountCollections.Accounts)
            .All(CallQueueCollections.Queues)
            .All(AutoAttendantCollections.Attendants)
            .All(AudioFileCollections.Files)
            .All(ConferencingCollections.Settings)
            .All(ConferencingCollections.Bridge)
            .All(ConferencingCollections.Organizers)
            .All(OrderCollections.Orders)
            .All(PortingCollections.Orders)
            .All(CreditsCollections.Accounts);

    /// <summary>The configuration in a snapshot that read <see cref="Declare"/>'s collections.</summary>
    public static TenantConfiguration From(TenantSnapshot snapshot)
    {
        static IReadOnlyList<T> Sorted<T>(IReadOnlyDictionary<string, T> all) =>
            all.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value).ToList();

        return new TenantConfiguration(
            Sorted(snapshot.All(EmergencyCollections.Addresses)),
            snapshot.All(DirectoryCollections.People).Values.ToDictionary(p => p.AadObjectId, StringComparer.OrdinalIgnoreCase),
            Sorted(snapshot.All(LicensingCollections.Users)),
            Sorted(snapshot.All(NumberCollections.Numbers)),
            Sorted(snapshot.All(ResourceAccountCollections.Accounts)),
            snapshot.All(CallQueueCollections.Queues).Values.OrderBy(q => q.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            snapshot.All(AutoAttendantCollections.Attendants).Values.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            snapshot.All(AudioFileCollections.Files).Values.OrderBy(f => f.FileName, StringComparer.OrdinalIgnoreCase).ToList(),
            snapshot.All(ConferencingCollections.Settings).GetValueOrDefault(ConferencingSettings.Id),
            snapshot.All(ConferencingCollections.Bridge).GetValueOrDefault(ConferenceBridge.DocumentId),
            Sorted(snapshot.All(ConferencingCollections.Organizers)),
            Sorted(snapshot.All(OrderCollections.Orders)),
            Sorted(snapshot.All(PortingCollections.Orders)),
            snapshot.All(CreditsCollections.Accounts).GetValueOrDefault(CreditsAccount.Id));
    }

    /// <summary>The UPN of a person or resource account, by object id; null when ChatPhone does not know it.</summary>
    public string? UpnOf(string objectId) =>
        People.TryGetValue(objectId, out var person) ? person.Upn
        : ResourceAccounts.FirstOrDefault(a => string.Equals(a.Id, objectId, StringComparison.OrdinalIgnoreCase))?.Upn;

    /// <summary>The resource account <paramref name="id"/>, or null.</summary>
    public ResourceAccount? ResourceAccount(string id) =>
        ResourceAccounts.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The address holding the location <paramref name="locationId"/>, or null.</summary>
    public CivicAddress? AddressOf(string locationId) => EmergencyCollections.AddressOf(Addresses, locationId);
}
