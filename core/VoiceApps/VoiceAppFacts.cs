using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.VoiceApps;

/// <summary>
/// What the validators of auto attendants and call queues need to know about the rest of the tenant:
/// the people (and their licenses) a setting names, every resource account, call queue, auto attendant and imported
/// audio file (by id; null or missing means none is imported).
/// Built from a command's snapshot so the validators stay pure.
/// </summary>
public sealed record VoiceAppFacts(
    IReadOnlyDictionary<string, Person> People,
    IReadOnlyDictionary<string, UserLicenses> Licenses,
    IReadOnlyDictionary<string, ResourceAccount> ResourceAccounts,
    IReadOnlyDictionary<string, CallQueue> CallQueues,
    IReadOnlyDictionary<string, AutoAttendant> AutoAttendants,
    IReadOnlyDictionary<string, AudioFile>? AudioFiles = null)
{
    /// <summary>An empty tenant.</summary>
    public static VoiceAppFacts Empty { get; } = new(
        new Dictionary<string, Person>(), new Dictionary<string, UserLicenses>(), new Dictionary<string, ResourceAccount>(),
        new Dictionary<string, CallQueue>(), new Dictionary<string, AutoAttendant>());

    /// <summary>Declares the reads <see cref="From"/> needs: the small collections in full, people and licenses by id.</summary>
    public static ReadSet Declare(ReadSet reads, IEnumerable<string> personIds)
    {
        var ids = Normalise(personIds);
        return reads.All(CallQueueCollections.Queues).All(AutoAttendantCollections.Attendants).All(ResourceAccountCollections.Accounts)
            .All(AudioFileCollections.Files).Many(DirectoryCollections.People, ids).Many(LicensingCollections.Users, ids);
    }

    /// <summary>The facts in a snapshot read with <see cref="Declare"/>.</summary>
    public static VoiceAppFacts From(TenantSnapshot snapshot, IEnumerable<string> personIds)
    {
        var ids = Normalise(personIds);
        return new VoiceAppFacts(
            ids.Select(id => snapshot.Find(DirectoryCollections.People, id)).OfType<Person>().ToDictionary(p => p.AadObjectId.ToLowerInvariant()),
            ids.Select(id => snapshot.Find(LicensingCollections.Users, id)).OfType<UserLicenses>().ToDictionary(l => l.UserId.ToLowerInvariant()),
            snapshot.All(ResourceAccountCollections.Accounts),
            snapshot.All(CallQueueCollections.Queues),
            snapshot.All(AutoAttendantCollections.Attendants),
            snapshot.All(AudioFileCollections.Files));
    }

    /// <summary>True when the person exists.</summary>
    public bool HasPerson(string id) => People.ContainsKey(id.ToLowerInvariant());

    /// <summary>True when the person holds Phone System (is Enterprise Voice enabled).</summary>
    public bool IsVoiceEnabled(string id) => Licenses.TryGetValue(id.ToLowerInvariant(), out var licenses) && licenses.HasPhoneSystem;

    /// <summary>True when the resource account exists.</summary>
    public bool HasResourceAccount(string id) => ResourceAccounts.ContainsKey(id.ToLowerInvariant());

    /// <summary>The imported audio file <paramref name="id"/>, or null when there is none.</summary>
    public AudioFile? FindAudioFile(string id) =>
        AudioFiles?.Values.FirstOrDefault(f => f.Id.Equals(id.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string[] Normalise(IEnumerable<string> ids) =>
        ids.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim().ToLowerInvariant()).Distinct().ToArray();
}
