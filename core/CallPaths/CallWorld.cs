using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Core.CallPaths;

/// <summary>
/// The part of a tenant a call can pass through: voice apps, their resource accounts, the people they name with
/// their licenses, and the number dialled. Read once, then walked without further reads.
/// </summary>
/// <param name="Accounts">Every resource account, by id.</param>
/// <param name="Queues">Every call queue, by id.</param>
/// <param name="Attendants">Every auto attendant, by id.</param>
/// <param name="People">The people the voice apps name, by lower-case object id.</param>
/// <param name="Licenses">Their licenses, by lower-case object id.</param>
/// <param name="Numbers">The numbers looked up, by E.164.</param>
/// <param name="AudioFiles">The imported audio files, by id (what a caller hears is said by file name).</param>
public sealed record CallWorld(
    IReadOnlyDictionary<string, ResourceAccount> Accounts,
    IReadOnlyDictionary<string, CallQueue> Queues,
    IReadOnlyDictionary<string, AutoAttendant> Attendants,
    IReadOnlyDictionary<string, Person> People,
    IReadOnlyDictionary<string, UserLicenses> Licenses,
    IReadOnlyDictionary<string, PhoneNumber> Numbers,
    IReadOnlyDictionary<string, AudioFile>? AudioFiles = null)
{
    /// <summary>Every person a voice app names: agents, operators, transfer targets, voicemail owners.</summary>
    public static IEnumerable<string> PersonIds(IEnumerable<CallQueue> queues, IEnumerable<AutoAttendant> attendants) =>
        queues.SelectMany(q => q.Settings.PersonIds())
            .Concat(attendants.SelectMany(a => a.Settings.PersonIds()))
            .Where(id => !id.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            .Select(id => id.Trim().ToLowerInvariant())
            .Distinct();

    /// <summary>The person with <paramref name="id"/>, if known.</summary>
    public Person? Person(string id) => People.GetValueOrDefault(id.Trim().ToLowerInvariant());

    /// <summary>True when the person holds Phone System.</summary>
    public bool IsVoiceEnabled(string id) => Licenses.TryGetValue(id.Trim().ToLowerInvariant(), out var licenses) && licenses.HasPhoneSystem;

    /// <summary>The name of the audio file <paramref name="id"/>; the id itself when the file is not imported.</summary>
    public string AudioFileName(string id) =>
        AudioFiles?.Values.FirstOrDefault(f => f.Id.Equals(id.Trim(), StringComparison.OrdinalIgnoreCase))?.FileName ?? id;

    /// <summary>The resource account that holds <paramref name="number"/>, if any.</summary>
    public ResourceAccount? AccountWithNumber(string number) => Accounts.Values.FirstOrDefault(a => a.Number == number);
}
