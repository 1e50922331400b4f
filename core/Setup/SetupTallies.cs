using System.Text.Json.Serialization;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Setup;

/// <summary>
/// What the setup checklist counts of a tenant's people, licenses, numbers and organizers: the one document of the
/// <c>setup-tallies</c> collection (<see cref="SetupTalliesIndex"/>).
/// </summary>
/// <param name="PeopleByLocation">How many people have each usage location, as stored (a location nobody has is absent).</param>
/// <param name="ReadyToCall">People whose licenses hold Phone System and a Calling Plan.</param>
/// <param name="UserNumbers">Numbers of the inventory of a user type.</param>
/// <param name="UserNumbersAssigned">Numbers assigned to a user.</param>
/// <param name="ServiceNumbers">Numbers of a service type.</param>
/// <param name="ServiceNumbersAssigned">Service numbers assigned to anything.</param>
/// <param name="Organizers">Conferencing organizers.</param>
public sealed record SetupTallies(
    Dictionary<string, int> PeopleByLocation,
    int ReadyToCall,
    int UserNumbers,
    int UserNumbersAssigned,
    int ServiceNumbers,
    int ServiceNumbersAssigned,
    int Organizers)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Nothing counted.</summary>
    public static SetupTallies Empty => new(new Dictionary<string, int>(StringComparer.Ordinal), 0, 0, 0, 0, 0, 0);

    /// <summary>How many people the directory holds.</summary>
    [JsonIgnore]
    public int People => PeopleByLocation.Values.Sum();

    /// <summary>True when both count the same.</summary>
    public bool Same(SetupTallies other) =>
        ReadyToCall == other.ReadyToCall && UserNumbers == other.UserNumbers && UserNumbersAssigned == other.UserNumbersAssigned
        && ServiceNumbers == other.ServiceNumbers && ServiceNumbersAssigned == other.ServiceNumbersAssigned && Organizers == other.Organizers
        && PeopleByLocation.Count == other.PeopleByLocation.Count
        && PeopleByLocation.All(p => other.PeopleByLocation.TryGetValue(p.Key, out var count) && count == p.Value);
}

/// <summary>
/// The setup-tallies index: what the checklist counts, kept as data in the same commit as every change to what it counts,
/// so that the checklist reads one document instead of every person, license and number.
/// <para>
/// Who keeps it: the <see cref="CommandRunner"/>, for every command, from the command's own changes to the counted
/// collections (<see cref="Counted"/>): the document as read before and as written (<see cref="Keep"/>). No command
/// computes a tally itself. The directory import, which writes people without the runner, applies the same deltas
/// (<see cref="Apply(SetupTallies, Person?, Person?)"/>) in its own transaction. The runner writes the document without an audit
/// entry: it is derived, and an undo that writes documents back has the runner count them again.
/// </para>
/// <para>
/// Rebuilding: a tenant without the document (data from before it, or a test that wrote documents directly) has it built
/// by the first command that changes a counted collection: the runner reads the four collections once, counts them, and
/// writes the document with the command's changes. The checklist counts the collections instead while it is missing.
/// The invariant checker compares it with the documents.
/// </para>
/// </summary>
public static class SetupTalliesIndex
{
    /// <summary>The id of the one document.</summary>
    public const string Id = "tenant";

    /// <summary>The collections the tallies count.</summary>
    public static IReadOnlySet<string> Counted { get; } = new HashSet<string>(
        [DirectoryCollections.People.Name, LicensingCollections.Users.Name, NumberCollections.Numbers.Name, ConferencingCollections.Organizers.Name],
        StringComparer.Ordinal);

    /// <summary>
    /// Adds the tallies to a command's reads when they touch a counted collection (a command writes what it read), so that
    /// keeping them costs no second read; a command that writes a counted document it did not read reads them again.
    /// </summary>
    public static void Declare(ReadSet reads)
    {
        if (reads.Collections.Any(Counted.Contains) || reads.Documents.Any(d => Counted.Contains(d.Collection)))
        {
            reads.One(SetupCollections.Tallies, Id);
        }
    }

    /// <summary>The tallies stored, or null when the tenant has none yet. The snapshot must have read the document.</summary>
    public static SetupTallies? Stored(TenantSnapshot snapshot) => snapshot.Find(SetupCollections.Tallies, Id);

    /// <summary>Counts the documents themselves.</summary>
    public static SetupTallies Count(
        IEnumerable<Person> people, IEnumerable<UserLicenses> licenses, IEnumerable<PhoneNumber> numbers, int organizers)
    {
        var tallies = SetupTallies.Empty with { Organizers = organizers };
        foreach (var person in people)
        {
            tallies = Move(tallies, person, +1);
        }

        foreach (var license in licenses)
        {
            tallies = Move(tallies, license, +1);
        }

        foreach (var number in numbers)
        {
            tallies = Move(tallies, number, +1);
        }

        return tallies;
    }

    /// <summary>The tallies after one document of a counted collection went from <paramref name="before"/> to <paramref name="after"/> (stored JSON; null when absent).</summary>
    public static SetupTallies Apply(SetupTallies tallies, string collection, string? before, string? after)
    {
        if (collection == DirectoryCollections.People.Name)
        {
            return Move(Move(tallies, Read(DirectoryCollections.People, before), -1), Read(DirectoryCollections.People, after), +1);
        }

        if (collection == LicensingCollections.Users.Name)
        {
            return Move(Move(tallies, Read(LicensingCollections.Users, before), -1), Read(LicensingCollections.Users, after), +1);
        }

        if (collection == NumberCollections.Numbers.Name)
        {
            return Move(Move(tallies, Read(NumberCollections.Numbers, before), -1), Read(NumberCollections.Numbers, after), +1);
        }

        if (collection == ConferencingCollections.Organizers.Name)
        {
            return tallies with { Organizers = tallies.Organizers - (before is null ? 0 : 1) + (after is null ? 0 : 1) };
        }

        return tallies;
    }

    /// <summary>The tallies after a person went from <paramref name="before"/> to <paramref name="after"/> (null when absent).</summary>
    public static SetupTallies Apply(SetupTallies tallies, Person? before, Person? after) => Move(Move(tallies, before, -1), after, +1);

    /// <summary>
    /// Keeps the tallies for a command's decided changes: adds the new document to the changes when they count otherwise,
    /// or returns the reads still missing (the tallies, a changed document not read, or the four collections to build
    /// missing tallies from) for the runner to read and decide again. Null when done.
    /// </summary>
    public static Action<ReadSet>? Keep(CommandContext context)
    {
        var snapshot = context.Snapshot;
        var changes = context.Changes.Changes.Where(c => Counted.Contains(c.Collection)).ToArray();
        if (changes.Length == 0)
        {
            return null;
        }

        var unread = changes.Where(c => !snapshot.WasRead(c.Collection, c.Id)).ToArray();
        if (!snapshot.WasRead(SetupCollections.Tallies.Name, Id) || unread.Length > 0)
        {
            return reads =>
            {
                if (!snapshot.WasRead(SetupCollections.Tallies.Name, Id))
                {
                    reads.One(SetupCollections.Tallies, Id);
                }

                foreach (var change in unread)
                {
                    reads.One(StoredCollections.Find(change.Collection)!, change.Id);
                }
            };
        }

        var stored = Stored(snapshot);
        if (stored is null)
        {
            var missing = Counted.Where(c => !snapshot.Collections.ContainsKey(c)).ToArray();
            if (missing.Length > 0)
            {
                return reads =>
                {
                    foreach (var collection in missing)
                    {
                        reads.All(StoredCollections.Find(collection)!);
                    }
                };
            }
        }

        var before = stored ?? Count(
            snapshot.All(DirectoryCollections.People).Values, snapshot.All(LicensingCollections.Users).Values,
            snapshot.All(NumberCollections.Numbers).Values, snapshot.All(ConferencingCollections.Organizers).Count);
        var after = changes.Aggregate(before, (tallies, c) => Apply(tallies, c.Collection, snapshot.Raw(c.Collection, c.Id), c.Json));
        if (stored is null || !after.Same(stored))
        {
            context.Put(SetupCollections.Tallies, Id, after);
        }

        return null;
    }

    private static T? Read<T>(DocumentCollection<T> collection, string? raw)
        where T : class => raw is null ? null : collection.Read(raw);

    private static SetupTallies Move(SetupTallies tallies, Person? person, int by)
    {
        if (person is null)
        {
            return tallies;
        }

        var counts = new Dictionary<string, int>(tallies.PeopleByLocation, StringComparer.Ordinal);
        var count = counts.GetValueOrDefault(person.UsageLocation) + by;
        if (count == 0)
        {
            counts.Remove(person.UsageLocation);
        }
        else
        {
            counts[person.UsageLocation] = count;
        }

        return tallies with { PeopleByLocation = counts };
    }

    private static SetupTallies Move(SetupTallies tallies, UserLicenses? licenses, int by) =>
        licenses is { HasPhoneSystem: true, HasCallingPlan: true } ? tallies with { ReadyToCall = tallies.ReadyToCall + by } : tallies;

    private static SetupTallies Move(SetupTallies tallies, PhoneNumber? number, int by)
    {
        if (number is null)
        {
            return tallies;
        }

        var service = number.Type.IsService();
        return tallies with
        {
            UserNumbers = tallies.UserNumbers + (service ? 0 : by),
            UserNumbersAssigned = tallies.UserNumbersAssigned + (number.Assignment?.Target == AssignmentTarget.User ? by : 0),
            ServiceNumbers = tallies.ServiceNumbers + (service ? by : 0),
            ServiceNumbersAssigned = tallies.ServiceNumbersAssigned + (service && number.Assignment is not null ? by : 0),
        };
    }
}

/// <summary>The stored collections of the Setup area.</summary>
public static class SetupCollections
{
    /// <summary>What the checklist counts, one document (<see cref="SetupTalliesIndex"/>).</summary>
    public static readonly DocumentCollection<SetupTallies> Tallies = new("setup-tallies", SetupTallies.SchemaVersion, SetupJson.Default.SetupTallies)
    {
        IsConsistent = t => t.PeopleByLocation.Values.All(c => c > 0) && t.ReadyToCall >= 0 && t.UserNumbers >= 0 && t.UserNumbersAssigned >= 0
            && t.ServiceNumbers >= 0 && t.ServiceNumbersAssigned >= 0 && t.Organizers >= 0,
    };
}

/// <summary>Source-generated JSON for the Setup area.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SetupTallies))]
internal sealed partial class SetupJson : JsonSerializerContext;
