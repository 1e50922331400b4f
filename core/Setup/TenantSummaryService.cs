using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Storage;
using ChatPhone.Core.AutoAttendants;

namespace ChatPhone.Core.Setup;

/// <summary>"What's configured?": one read of the tenant, counted per step, with the problems found (helpdesk and admins).</summary>
public sealed class TenantSummaryService(CommandRunner runner, TimeProvider clock)
{
    /// <summary>How many names a problem lists.</summary>
    public const int MaxNamesPerProblem = 5;

    /// <summary>The summary of the actor's tenant now.</summary>
    public async Task<Result<TenantSummary>> SummarizeAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(actor, Role.Helpdesk, Reads, cancellationToken);
        return snapshot.IsSuccess ? Summarize(snapshot.Value, clock.GetUtcNow()) : snapshot.Error;
    }

    /// <summary>The summary of what <paramref name="snapshot"/> holds at <paramref name="now"/>.</summary>
    public static TenantSummary Summarize(TenantSnapshot snapshot, DateTimeOffset now)
    {
        var people = snapshot.All(DirectoryCollections.People).Values.ToDictionary(p => p.AadObjectId, StringComparer.OrdinalIgnoreCase);
        var subscriptions = snapshot.All(LicensingCollections.Subscriptions).Values.ToArray();
        var licenses = snapshot.All(LicensingCollections.Users);
        var numbers = snapshot.All(NumberCollections.Numbers).Values.ToArray();
        var addresses = snapshot.All(EmergencyCollections.Addresses).Values.ToArray();
        var queues = snapshot.All(CallQueueCollections.Queues).Values.ToArray();
        var accounts = snapshot.All(ResourceAccountCollections.Accounts).Values.ToArray();
        var bridge = snapshot.Find(ConferencingCollections.Bridge, ConferenceBridge.DocumentId);
        var credits = snapshot.Find(CreditsCollections.Accounts, CreditsAccount.Id);

        string NameOf(string userId) => people.TryGetValue(userId, out var person) ? person.DisplayName : userId;
        var personal = numbers.Where(n => n.Assignment is { Target: AssignmentTarget.User }).Select(n => n.Assignment!.TargetId).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        UserLicenses? LicensesOf(string userId) => licenses.Values.FirstOrDefault(l => string.Equals(l.UserId, userId, StringComparison.OrdinalIgnoreCase));
        var problems = new List<TenantProblem>();
        void Problem(TenantProblemKind kind, IEnumerable<string> names)
        {
            var all = names.Order(StringComparer.CurrentCultureIgnoreCase).ToArray();
            if (all.Length > 0)
            {
                problems.Add(new TenantProblem(kind, all.Length, all.Take(MaxNamesPerProblem).ToArray()));
            }
        }

        Problem(TenantProblemKind.NumberWithoutCallingPlan, personal.Where(id => LicensesOf(id)?.HasCallingPlan != true).Select(NameOf));
        Problem(TenantProblemKind.NumberWithoutPhoneSystem, personal.Where(id => LicensesOf(id)?.HasPhoneSystem != true).Select(NameOf));
        Problem(TenantProblemKind.AccountWithoutLicense, accounts.Where(a => !a.IsLicensed).Select(a => a.Upn));
        Problem(TenantProblemKind.QueueWithoutAgents, queues.Where(q => q.Settings.Users.Count == 0 && q.Settings.DistributionLists.Count == 0 && q.Settings.Channel is null).Select(q => q.Name));
        Problem(TenantProblemKind.AddressNotValidated, addresses.Where(a => !a.IsValidated).Select(a => a.Description is { Length: > 0 } d ? d : a.CompanyName + (a.City is { } city ? " " + city : string.Empty)));
        if (bridge is not null && credits?.HasPositiveBalance(now) != true)
        {
            Problem(TenantProblemKind.TollFreeWithoutCredits, bridge.Numbers.Where(n => n.Kind == DialInKind.TollFree).Select(n => n.Number));
        }

        return new TenantSummary
        {
            People = people.Count,
            LicensesBought = subscriptions.Sum(s => s.Purchased),
            LicensesAssigned = subscriptions.Sum(s => s.Consumed),
            Numbers = Enum.GetValues<PstnAssignmentStatus>().ToDictionary(s => s, s => numbers.Count(n => n.Status == s)),
            Addresses = (addresses.Length, addresses.Count(a => a.IsValidated)),
            CallQueues = queues.Length,
            AutoAttendants = snapshot.All(AutoAttendantCollections.Attendants).Count,
            ResourceAccounts = accounts.Length,
            BridgeNumbers = bridge?.Numbers.Count,
            CreditsBalance = credits?.Balance(now),
            AutoRecharge = credits?.AutoRecharge is not null,
            OpenTickets = snapshot.All(HelpdeskCollections.Tickets).Values.Count(t => t.Status != TicketStatus.Resolved),
            OpenPortOrders = snapshot.All(PortingCollections.Orders).Values.Count(o => o.IsOpen),
            Problems = problems,
        };
    }

    private static void Reads(ReadSet reads) =>
        reads.All(DirectoryCollections.People)
            .All(LicensingCollections.Subscriptions).All(LicensingCollections.Users)
            .All(NumberCollections.Numbers).All(EmergencyCollections.Addresses)
            .One(ConferencingCollections.Bridge, ConferenceBridge.DocumentId)
            .All(CallQueueCollections.Queues).All(AutoAttendantCollections.Attendants).All(ResourceAccountCollections.Accounts)
            .One(CreditsCollections.Accounts, CreditsAccount.Id)
            .All(HelpdeskCollections.Tickets).All(PortingCollections.Orders);
}
