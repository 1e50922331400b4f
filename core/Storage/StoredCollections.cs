using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Storage;

/// <summary>Every document collection of a tenant, by name: how an audit target (<c>collection:id</c>) is written back.</summary>
public static class StoredCollections
{
    /// <summary>The collections, each once.</summary>
    public static IReadOnlyList<IStoredCollection> All { get; } =
    [
        CreditsCollections.Accounts,
        DirectoryCollections.People,
        ConferencingCollections.Settings,
        ConferencingCollections.Bridge,
        ConferencingCollections.Organizers,
        EmergencyCollections.Addresses,
        AutoAttendantCollections.Attendants,
        NotificationCollections.Outbox,
        LicensingCollections.Subscriptions,
        LicensingCollections.Users,
        LicensingCollections.Minutes,
        HelpdeskCollections.Tickets,
        CallQueueCollections.Queues,
        ResourceAccountCollections.Accounts,
        ResourceAccountCollections.Upns,
        AudioFileCollections.Files,
        AudioFileCollections.Names,
        PortingCollections.Orders,
        PortingCollections.Requests,
        OrderCollections.Orders,
        OrderCollections.Reservations,
        OrderCollections.Requests,
        OrderCollections.StockCursors,
        NumberCollections.Numbers,
        NumberCollections.UserLines,
        NumberCollections.Usage,
        ProfileCollections.Profiles,
        SetupCollections.Tallies,
    ];

    private static readonly Dictionary<string, IStoredCollection> ByName = All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The collection named <paramref name="name"/>, or null when there is none.</summary>
    public static IStoredCollection? Find(string name) => ByName.GetValueOrDefault(name);
}
