using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.UnitTests.Core.VoiceApps;

/// <summary>Builds the tenant facts the validators read, without a store.</summary>
internal static class TestFacts
{
    public const string Licensed = "user-licensed";
    public const string Unlicensed = "user-unlicensed";
    public const string AaAccount = "ra-aa";
    public const string CqAccount = "ra-cq";
    public const string Group = "2f0d3c84-5b7e-4b8a-9c59-3a1c2f7e9a11";
    public const string Audio = "8e1f6a2b-0c3d-4e5f-8a9b-1c2d3e4f5a6b";

    public static VoiceAppFacts Tenant(IEnumerable<CallQueue>? queues = null, IEnumerable<AutoAttendant>? attendants = null, int extraLicensedUsers = 0, IEnumerable<AudioFile>? extraFiles = null)
    {
        var people = new[] { Licensed, Unlicensed }.Concat(Enumerable.Range(0, extraLicensedUsers).Select(UserId))
            .ToDictionary(id => id, id => new Person(id, id + "@contoso.com", "Name " + id, "US", string.Empty, Role.User));
        var licenses = people.Keys.Where(id => id != Unlicensed)
            .ToDictionary(id => id, id => new UserLicenses(id, "US", [Sku.PhoneSystem]));
        var accounts = new[]
        {
            new ResourceAccount(AaAccount, "aa@contoso.com", "Main line", ResourceAccountKind.AutoAttendant, Sku.ResourceAccount, null, null, 3, DateTimeOffset.UnixEpoch),
            new ResourceAccount(CqAccount, "cq@contoso.com", "Sales queue", ResourceAccountKind.CallQueue, Sku.ResourceAccount, null, null, 3, DateTimeOffset.UnixEpoch),
        }.ToDictionary(a => a.Id);
        var files = new[] { AudioFile(Audio, "welcome.wav", AudioFileApplication.TenantGlobal) }.Concat(extraFiles ?? []).ToDictionary(f => f.Id);
        return new VoiceAppFacts(people, licenses, accounts,
            (queues ?? []).ToDictionary(q => q.Id), (attendants ?? []).ToDictionary(a => a.Id), files);
    }

    public static AudioFile AudioFile(string id, string name, AudioFileApplication application) =>
        new(id, name, application, AudioFormat.Wav, 1000, TimeSpan.FromSeconds(1), new string('0', 64), DateTimeOffset.UnixEpoch, Licensed);

    public static string UserId(int i) => $"agent-{i}";

    public static CallQueue Queue(string id, CallQueueSettings settings) => new(id, settings, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    public static AutoAttendant Attendant(string id, AutoAttendantSettings settings) => new(id, settings, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    public static string[] Codes(IEnumerable<ChatPhone.Core.Common.Error> errors) => errors.Select(e => e.Code).ToArray();
}
