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
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Triage;

/// <summary>
/// What a diagnosis reads, in one atomic round trip, and how the snapshot becomes <see cref="TriageFacts"/>.
/// A person asked for by object id is read by id; by UPN, the directory and the per-person collections are
/// read in full (the UPN index is not a document collection), still in the same round trip.
/// </summary>
public static class TriageReads
{
    /// <summary>Declares the reads for the person under <paramref name="key"/> at <paramref name="now"/>.</summary>
    public static ReadSet Declare(ReadSet reads, string key, DateTimeOffset now)
    {
        var id = Normalise(key);
        if (IsUpn(id))
        {
            reads.All(DirectoryCollections.People).All(NumberCollections.UserLines).All(ConferencingCollections.Organizers);
        }
        else
        {
            reads.One(DirectoryCollections.People, id).One(NumberCollections.UserLines, id).One(ConferencingCollections.Organizers, id);
        }

        return reads.All(LicensingCollections.Users).All(LicensingCollections.Subscriptions)
            .One(LicensingCollections.Minutes, MinutesUsage.MonthOf(now))
            .All(NumberCollections.Numbers).All(PortingCollections.Orders).All(EmergencyCollections.Addresses)
            .One(CreditsCollections.Accounts, CreditsAccount.Id).One(ConferencingCollections.Bridge, ConferenceBridge.DocumentId)
            .All(CallQueueCollections.Queues).All(ResourceAccountCollections.Accounts);
    }

    /// <summary>The facts in a snapshot read with <see cref="Declare"/> (port orders moved on to <paramref name="now"/>).</summary>
    public static TriageFacts Facts(
        TenantSnapshot snapshot, string key, TriageDetails details, DateTimeOffset now, AvailabilityCatalog catalog, PortSchedule schedule)
    {
        var id = Normalise(key);
        var person = IsUpn(id)
            ? snapshot.All(DirectoryCollections.People).Values.FirstOrDefault(p => p.Upn.Equals(id, StringComparison.OrdinalIgnoreCase))
            : snapshot.Find(DirectoryCollections.People, id);
        var personId = person?.AadObjectId.ToLowerInvariant() ?? id;
        var everyone = snapshot.All(LicensingCollections.Users);
        var licenses = everyone.GetValueOrDefault(personId);
        var country = person is not null && IsoCountries.IsValid(person.UsageLocation) && catalog.Get(person.UsageLocation) is { IsSuccess: true } found
            ? found.Value
            : null;
        var pool = licenses is { HasCallingPlan: true }
            ? MinutePool.Of(licenses.UsageLocation, now, everyone.Values, snapshot.Find(LicensingCollections.Minutes, MinutesUsage.MonthOf(now)), catalog)
            : null;
        return new TriageFacts
        {
            Key = key.Trim(),
            Details = details,
            Person = person,
            Country = country,
            Licenses = licenses,
            Subscriptions = snapshot.All(LicensingCollections.Subscriptions).Values.ToDictionary(s => s.Sku),
            Lines = person is null ? [] : PerPerson(snapshot, NumberCollections.UserLines, id, personId) ?? [],
            Numbers = snapshot.All(NumberCollections.Numbers),
            PortOrders = snapshot.All(PortingCollections.Orders).Values.Select(o => schedule.Advance(o, now))
                .OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id, StringComparer.Ordinal).ToArray(),
            Addresses = snapshot.All(EmergencyCollections.Addresses).Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray(),
            Credits = snapshot.Find(CreditsCollections.Accounts, CreditsAccount.Id),
            Pool = pool,
            Bridge = snapshot.Find(ConferencingCollections.Bridge, ConferenceBridge.DocumentId),
            Organizer = person is null ? null : PerPerson(snapshot, ConferencingCollections.Organizers, id, personId),
            CallQueues = snapshot.All(CallQueueCollections.Queues).Values.OrderBy(q => q.Name, StringComparer.OrdinalIgnoreCase).ThenBy(q => q.Id, StringComparer.Ordinal).ToArray(),
            ResourceAccounts = snapshot.All(ResourceAccountCollections.Accounts).Values.OrderBy(a => a.Upn, StringComparer.Ordinal).ToArray(),
        };
    }

    /// <summary>The key as documents are stored under: trimmed, lower-case.</summary>
    public static string Normalise(string key) => key.Trim().ToLowerInvariant();

    private static bool IsUpn(string id) => id.Contains('@', StringComparison.Ordinal);

    private static T? PerPerson<T>(TenantSnapshot snapshot, DocumentCollection<T> collection, string key, string personId)
        where T : class =>
        IsUpn(key) ? snapshot.All(collection).GetValueOrDefault(personId) : snapshot.Find(collection, personId);
}
