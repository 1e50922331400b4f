using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.Triage;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Helpdesk;

/// <summary>Tickets on the real RESP server: opening (once per person and symptom), claims as compare-and-set, hand-over, fixes, resolution, and the messages each change queues.</summary>
[Collection(RedisCollection.Name)]
public sealed class TicketIntegrationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly Actor Alex = new(Tenant, "alex", "Alex Wilber", Role.User);
    private static readonly Actor Priya = new(Tenant, "priya", "Priya Patel", Role.Helpdesk);
    private static readonly Actor Megan = new(Tenant, "megan", "Megan Bowen", Role.Admin);
    private ServiceProvider _services = null!;

    private TicketService Tickets => _services.GetRequiredService<TicketService>();

    public async Task InitializeAsync()
    {
        _services = CoreServices.Create(redis);
        await TenantSeed.PeopleAsync(_services, Tenant,
            ("alex", "alex@contoso.com", "Alex Wilber", "US", "user"),
            ("priya", "priya@contoso.com", "Priya Patel", "GB", "helpdesk"),
            ("megan", "megan@contoso.com", "Megan Bowen", "US", "admin"));
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static TriageReport Report(string userId = "alex", Symptom symptom = Symptom.CannotCallOut) =>
        new(userId, "Alex Wilber", symptom,
        [
            new Diagnosis("triage.license_missing", Severity.Blocking, FixOwner.Admin, ["Teams Phone Standard"],
                new Fix(FixKind.AssignLicense, new Dictionary<string, string> { ["userId"] = userId, ["sku"] = "PhoneSystem" })),
        ]);

    private async Task<IReadOnlyList<OutboxMessage>> OutboxAsync()
    {
        var snapshot = await _services.GetRequiredService<CommandRunner>().ReadAsync(Tenant, reads => reads.All(NotificationCollections.Outbox));
        return snapshot.All(NotificationCollections.Outbox).Values.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public async Task Open_StoresTheTicket_AndQueuesItsCardForTheHelpdeskChannel_InTheSameUnit()
    {
        var opened = await Tickets.OpenAsync(new OpenTicket(Alex, IdempotencyKey.New(), Report()));

        Assert.True(opened.IsSuccess, opened.Error?.Code);
        Assert.Equal("T-1001", opened.Value.Id);
        Assert.Equal((TicketStatus.Open, "alex"), (opened.Value.Status, opened.Value.RequesterId));
        var message = Assert.Single(await OutboxAsync());
        Assert.Equal((NotificationKind.TicketOpened, RecipientKind.HelpdeskChannel, opened.Value.Id), (message.Kind, message.Recipient, message.Data["ticketId"]));
    }

    [Fact]
    public async Task Open_TwiceForTheSameProblem_ReturnsTheOpenTicket_AndAReplayChangesNothing()
    {
        var key = IdempotencyKey.New();
        var first = await Tickets.OpenAsync(new OpenTicket(Alex, key, Report()));
        var replay = await Tickets.OpenAsync(new OpenTicket(Alex, key, Report()));
        var again = await Tickets.OpenAsync(new OpenTicket(Alex, IdempotencyKey.New(), Report()));
        var other = await Tickets.OpenAsync(new OpenTicket(Alex, IdempotencyKey.New(), Report(symptom: Symptom.MeetingDialIn)));

        Assert.Equal(first.Value.Id, replay.Value.Id);
        Assert.Equal(first.Value.Id, again.Value.Id);
        Assert.NotEqual(first.Value.Id, other.Value.Id);
        Assert.Equal(2, (await OutboxAsync()).Count);
    }

    [Fact]
    public async Task Open_AboutSomeoneElse_IsRefusedForAUser_AllowedForTheHelpdesk()
    {
        var refused = await Tickets.OpenAsync(new OpenTicket(Alex, IdempotencyKey.New(), Report(userId: "megan")));
        var allowed = await Tickets.OpenAsync(new OpenTicket(Priya, IdempotencyKey.New(), Report(userId: "megan")));

        Assert.Equal("ticket.only_own", refused.Error?.Code);
        Assert.True(allowed.IsSuccess);
    }

    [Fact]
    public async Task FiftyConcurrentClaims_HaveExactlyOneWinner_AndTheOthersAreToldWhoHasIt()
    {
        var ticket = (await Tickets.OpenAsync(new OpenTicket(Alex, IdempotencyKey.New(), Report()))).Value;
        var claimers = Enumerable.Range(0, 50).Select(i => new Actor(Tenant, $"helper-{i}", $"Helper {i}", i % 2 == 0 ? Role.Helpdesk : Role.Admin)).ToArray();

        var results = await Task.WhenAll(claimers.Select(c => Task.Run(() => Tickets.ClaimAsync(new ClaimTicket(c, IdempotencyKey.New(), ticket.Id)))));

        var winner = Assert.Single(results, r => r.IsSuccess);
        var losers = results.Where(r => !r.IsSuccess).ToArray();
        Assert.Equal(49, losers.Length);
        Assert.All(losers, l => Assert.Equal(("ticket.already_claimed", winner.Value.AssigneeName), (l.Error!.Code, l.Error.Args[1])));
        var stored = (await Tickets.GetAsync(Megan, ticket.Id)).Value;
        Assert.Equal(winner.Value.AssigneeId, stored.AssigneeId);
        Assert.Single(stored.History, e => e.Change == TicketChange.Claimed);
        Assert.Single(await OutboxAsync(), m => m.Kind == NotificationKind.TicketChanged && m.RecipientId == "alex");
    }

    [Fact]
    public async Task Claim_IsForHelpdeskAndAdmins_AndAUserSeesOnlyTheirOwnTickets()
    {
        var ticket = (await Tickets.OpenAsync(new OpenTicket(Priya, IdempotencyKey.New(), Report(userId: "megan")))).Value;

        var claim = await Tickets.ClaimAsync(new ClaimTicket(Alex, IdempotencyKey.New(), ticket.Id));
        var peek = await Tickets.GetAsync(Alex, ticket.Id);
        var otherTenant = await Tickets.GetAsync(new Actor(TenantId.Parse("fabrikam"), "megan", "Megan", Role.Admin), ticket.Id);

        Assert.Equal("auth.helpdesk_required", claim.Error?.Code);
        Assert.Equal("ticket.not_found", peek.Error?.Code);
        Assert.Equal("ticket.not_found", otherTenant.Error?.Code);
    }

    [Fact]
    public async Task HandOver_GoesOnlyToHelpdeskOrAdmins_ThenFixAndResolve_TellTheRequesterEachTime()
    {
        var ticket = (await Tickets.OpenAsync(new OpenTicket(Alex, IdempotencyKey.New(), Report()))).Value;
        await Tickets.ClaimAsync(new ClaimTicket(Priya, IdempotencyKey.New(), ticket.Id));

        var toUser = await Tickets.HandOverAsync(new HandOverTicket(Priya, IdempotencyKey.New(), ticket.Id, "alex"));
        var toAdmin = await Tickets.HandOverAsync(new HandOverTicket(Priya, IdempotencyKey.New(), ticket.Id, "megan"));
        var fixByHelpdesk = await Tickets.RecordFixAsync(new RecordTicketFix(Priya, IdempotencyKey.New(), ticket.Id, "triage.license_missing"));
        var fixed1 = await Tickets.RecordFixAsync(new RecordTicketFix(Megan, IdempotencyKey.New(), ticket.Id, "triage.license_missing"));
        var unknownCause = await Tickets.RecordFixAsync(new RecordTicketFix(Megan, IdempotencyKey.New(), ticket.Id, "triage.nonsense"));
        var resolved = await Tickets.ResolveAsync(new ResolveTicket(Megan, IdempotencyKey.New(), ticket.Id));
        var claimAfter = await Tickets.ClaimAsync(new ClaimTicket(Priya, IdempotencyKey.New(), ticket.Id));

        Assert.Equal("ticket.hand_over_to_helpdesk_only", toUser.Error?.Code);
        Assert.Equal(("megan", TicketStatus.Claimed), (toAdmin.Value.AssigneeId, toAdmin.Value.Status));
        Assert.Equal("auth.admin_required", fixByHelpdesk.Error?.Code);
        Assert.Equal(["triage.license_missing"], fixed1.Value.Fixed);
        Assert.Empty(fixed1.Value.OpenCauses);
        Assert.Equal("ticket.cause_not_found", unknownCause.Error?.Code);
        Assert.Equal(TicketStatus.Resolved, resolved.Value.Status);
        Assert.Equal("ticket.already_resolved", claimAfter.Error?.Code);
        Assert.Equal(
            [TicketChange.Opened, TicketChange.Claimed, TicketChange.HandedOver, TicketChange.Fixed, TicketChange.Resolved],
            resolved.Value.History.Select(e => e.Change));
        var toRequester = (await OutboxAsync()).Where(m => m.Kind == NotificationKind.TicketChanged).Select(m => m.Data["change"]).ToArray();
        Assert.Equal(["Claimed", "Fixed", "HandedOver", "Resolved"], toRequester.Order(StringComparer.Ordinal));
    }
}
