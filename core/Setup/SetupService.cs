using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Availability;
using ChatPhone.Core.CallPaths;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.Setup;

/// <summary>
/// The guided-setup checklist of a tenant, derived from what is stored: the setup tallies (<see cref="SetupTalliesIndex"/>),
/// the subscriptions, addresses, voice apps and their accounts, then the people and numbers the voice apps name.
/// </summary>
public sealed class SetupService(CommandRunner runner, AvailabilityCatalog catalog, TimeProvider clock)
{
    /// <summary>The ten steps for the actor's tenant (any member may look).</summary>
    public async Task<Result<IReadOnlyList<SetupStep>>> ChecklistAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role == Role.Unknown)
        {
            return new Error("directory.not_a_member");
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, Reads, cancellationToken);
        var tallies = SetupTalliesIndex.Stored(snapshot) ?? await CountAsync(actor.Tenant, cancellationToken);
        var world = await WorldAsync(actor.Tenant, snapshot, cancellationToken);
        return Result<IReadOnlyList<SetupStep>>.Ok(SetupChecklist.Derive(Facts(snapshot, tallies, world, clock.GetUtcNow())));
    }

    // A tenant without the tallies yet (the next command that changes what they count builds them): counted here, unwritten.
    private async Task<SetupTallies> CountAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var all = await runner.ReadAsync(tenant, reads => reads.All(DirectoryCollections.People).All(LicensingCollections.Users)
            .All(NumberCollections.Numbers).All(ConferencingCollections.Organizers), cancellationToken);
        return SetupTalliesIndex.Count(all.All(DirectoryCollections.People).Values, all.All(LicensingCollections.Users).Values,
            all.All(NumberCollections.Numbers).Values, all.All(ConferencingCollections.Organizers).Count);
    }

    /// <summary>The people's usage locations where Phone System cannot be bought (unknown countries included).</summary>
    private IReadOnlyList<string> Unsupported(IEnumerable<string> locations) =>
        locations.Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(c => catalog.Get(c) is not { IsSuccess: true } found || !found.Value.PhoneSystem.Purchasable)
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>How many voice apps exist, and how many have a licensed resource account of their kind.</summary>
    private static (int Total, int Ready) Readiness(IEnumerable<string> ids, ResourceAccountKind kind, IReadOnlyList<ResourceAccount> accounts)
    {
        var all = ids.ToArray();
        return (all.Length, all.Count(id => VoiceAppReadiness.Of(id, id, kind, accounts).Ready));
    }

    // What the voice apps' calls pass through: the apps and accounts as first read, then only the people (with their
    // licenses) the apps name and the numbers of their accounts.
    private async Task<CallWorld> WorldAsync(TenantId tenant, TenantSnapshot snapshot, CancellationToken cancellationToken)
    {
        var accounts = snapshot.All(ResourceAccountCollections.Accounts);
        var queues = snapshot.All(CallQueueCollections.Queues);
        var attendants = snapshot.All(AutoAttendantCollections.Attendants);
        var people = CallWorld.PersonIds(queues.Values, attendants.Values).ToArray();
        var numbers = Reached(accounts.Values).Select(a => a.Number!).ToArray();
        var named = people.Length == 0 && numbers.Length == 0
            ? snapshot
            : await runner.ReadAsync(tenant, reads => reads.Many(DirectoryCollections.People, people).Many(LicensingCollections.Users, people)
                .Many(NumberCollections.Numbers, numbers), cancellationToken);
        return new CallWorld(
            accounts,
            queues,
            attendants,
            people.Select(id => named.Find(DirectoryCollections.People, id)).OfType<Person>().ToDictionary(p => p.AadObjectId.ToLowerInvariant()),
            people.Select(id => named.Find(LicensingCollections.Users, id)).OfType<UserLicenses>().ToDictionary(l => l.UserId.ToLowerInvariant()),
            numbers.Select(n => named.Find(NumberCollections.Numbers, n)).OfType<PhoneNumber>().ToDictionary(n => n.Number));
    }

    private static IEnumerable<ResourceAccount> Reached(IEnumerable<ResourceAccount> accounts) =>
        accounts.Where(a => a.Number is not null && a.AssociatedWith is not null).OrderBy(a => a.Number, StringComparer.Ordinal);

    // Every number of a voice app walked whole: the first defect of each, under the step of the app that has the number.
    private static IReadOnlyList<(SetupStepKind, Error, SetupFix)> DeadEnds(CallWorld world) =>
        Reached(world.Accounts.Values)
            .Select(a => (Account: a, Defect: CallMapCheck.Defects(CallMapBuilder.ForNumber(world, a.Number!)).FirstOrDefault()))
            .Where(d => d.Defect is not null)
            .Select(d => (d.Account.Kind == ResourceAccountKind.AutoAttendant ? SetupStepKind.AutoAttendants : SetupStepKind.CallQueues,
                d.Defect!.Problem, new SetupFix(d.Account.Number!, d.Defect.ObjectType, d.Defect.ObjectId)))
            .ToArray();

    private static void Reads(ReadSet reads) =>
        reads.One(SetupCollections.Tallies, SetupTalliesIndex.Id)
            .All(LicensingCollections.Subscriptions).All(EmergencyCollections.Addresses)
            .All(CallQueueCollections.Queues).All(AutoAttendantCollections.Attendants).All(ResourceAccountCollections.Accounts)
            .One(CreditsCollections.Accounts, CreditsAccount.Id);

    private SetupFacts Facts(TenantSnapshot snapshot, SetupTallies tallies, CallWorld world, DateTimeOffset now)
    {
        var subscriptions = snapshot.All(LicensingCollections.Subscriptions).Values.ToArray();
        var accounts = snapshot.All(ResourceAccountCollections.Accounts).Values.ToArray();
        int Purchased(Func<Sku, bool> which) => subscriptions.Where(s => which(s.Sku)).Sum(s => s.Purchased);
        return new SetupFacts
        {
            People = tallies.People,
            UnsupportedCountries = Unsupported(tallies.PeopleByLocation.Keys),
            PhoneSystemPurchased = Purchased(s => s.GivesPhoneSystem()),
            CallingPlansPurchased = Purchased(s => s.IsCallingPlan()),
            AudioConferencingPurchased = Purchased(s => s.GivesAudioConferencing()),
            PeopleReadyToCall = tallies.ReadyToCall,
            UserNumbers = tallies.UserNumbers,
            UserNumbersAssigned = tallies.UserNumbersAssigned,
            ServiceNumbers = tallies.ServiceNumbers,
            ServiceNumbersAssigned = tallies.ServiceNumbersAssigned,
            Organizers = tallies.Organizers,
            CallQueues = Readiness(snapshot.All(CallQueueCollections.Queues).Values.Select(q => q.Id), ResourceAccountKind.CallQueue, accounts),
            AutoAttendants = Readiness(snapshot.All(AutoAttendantCollections.Attendants).Values.Select(a => a.Id), ResourceAccountKind.AutoAttendant, accounts),
            ValidatedAddresses = snapshot.All(EmergencyCollections.Addresses).Values.Count(a => a.IsValidated),
            DeadEnds = DeadEnds(world),
            CreditsFunded = snapshot.Find(CreditsCollections.Accounts, CreditsAccount.Id)?.HasPositiveBalance(now) ?? false,
        };
    }
}
