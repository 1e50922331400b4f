using ChatPhone.Core.Common;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Notifications;

/// <summary>The outbox as a sender uses it: what is due, claims only one sender wins, state changes, the bounded sweep, the tenant scan.</summary>
[Collection(RedisCollection.Name)]
public sealed class OutboxServiceIntegrationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly ManualClock _clock = new(Start);
    private ServiceProvider? _services;

    private ServiceProvider Services => _services ??= CoreServices.Create(redis, _clock);

    private OutboxService Outbox => Services.GetRequiredService<OutboxService>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    [Fact]
    public async Task Agenda_SortsMessagesByWhatTheSenderMustDo()
    {
        await SeedAsync(
            Message("due") with { NextAttemptAt = Start.AddSeconds(-1) },
            Message("new"),
            Message("later") with { NextAttemptAt = Start.AddMinutes(5) },
            Message("stuck") with { Status = DeliveryStatus.Sending, NextAttemptAt = Start.AddSeconds(-1) },
            Message("sending") with { Status = DeliveryStatus.Sending, NextAttemptAt = Start.AddMinutes(1) },
            Message("waiting") with { Status = DeliveryStatus.WaitingForContact },
            Message("old", Start.AddDays(-8)) with { Status = DeliveryStatus.Sent, SentAt = Start.AddDays(-8) },
            Message("recent", Start.AddDays(-6)) with { Status = DeliveryStatus.Sent, SentAt = Start.AddDays(-6) },
            Message("unknown") with { Status = DeliveryStatus.Unknown });

        var agenda = await Outbox.AgendaAsync(Tenant, Start);

        Assert.Equal(["due", "new"], agenda.Due.Select(m => m.Id).Order());
        Assert.Equal(["stuck"], agenda.Interrupted.Select(m => m.Id));
        Assert.Equal(["waiting"], agenda.Waiting.Select(m => m.Id));
        Assert.Equal(["old"], agenda.Expired);
        Assert.Equal(Start.AddMinutes(1), agenda.NextDueAt);
    }

    [Fact]
    public async Task Claim_TwoSendersAtOnce_ExactlyOneWins()
    {
        var message = Message("m1");
        await SeedAsync(message);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Outbox.ClaimAsync(Tenant, message, Lease)));

        var won = Assert.Single(claims, c => c.IsSuccess);
        Assert.All(claims.Where(c => !c.IsSuccess), c => Assert.Equal("delivery.changed", c.Error?.Code));
        Assert.Equal((DeliveryStatus.Sending, 1, Start + Lease), (won.Value.Status, won.Value.Attempts, won.Value.NextAttemptAt));
    }

    [Fact]
    public async Task MarkSent_OnlyFromTheClaimAsRead_AndRecordsWhen()
    {
        var message = Message("m1");
        await SeedAsync(message);
        var claimed = (await Outbox.ClaimAsync(Tenant, message, Lease)).Value;

        var fromStale = await Outbox.MarkSentAsync(Tenant, message, "a-1");
        _clock.Advance(TimeSpan.FromSeconds(3));
        var sent = await Outbox.MarkSentAsync(Tenant, claimed, "a-1");
        var again = await Outbox.MarkSentAsync(Tenant, claimed, "a-2");

        Assert.Equal("delivery.changed", fromStale.Error?.Code);
        Assert.Equal((DeliveryStatus.Sent, "a-1", Start.AddSeconds(3)), (sent.Value.Status, sent.Value.ActivityId, sent.Value.SentAt));
        Assert.Equal("delivery.changed", again.Error?.Code);
        Assert.Equal("a-1", (await Stored("m1")).ActivityId);
    }

    [Fact]
    public async Task Failures_AreRecordedInWords_AndAsACode()
    {
        await SeedAsync(Message("retry"), Message("wait"), Message("unknown"), Message("failed"));
        var retry = await Outbox.ScheduleRetryAsync(Tenant, await ClaimAsync("retry"), Start.AddSeconds(30), new Error("delivery.throttled", 429));
        var wait = await Outbox.MarkWaitingForContactAsync(Tenant, await ClaimAsync("wait"), new Error("delivery.person_unreachable", 403));
        var unknown = await Outbox.MarkUnknownAsync(Tenant, await ClaimAsync("unknown"), new Error("delivery.ambiguous_timeout"));
        var failed = await Outbox.MarkFailedAsync(Tenant, await ClaimAsync("failed"), new Error("delivery.refused", 400));

        Assert.Equal((DeliveryStatus.Pending, Start.AddSeconds(30)), (retry.Value.Status, retry.Value.NextAttemptAt));
        Assert.Equal("Teams asked the bot to slow down (HTTP 429); it will try again.", (await Stored("retry")).LastError);
        Assert.Equal(DeliveryStatus.WaitingForContact, (await Stored("wait")).Status);
        Assert.Equal(DeliveryStatus.Unknown, unknown.Value.Status);
        Assert.Equal(new Error("delivery.refused", 400), (await Stored("failed")).Failure);
        Assert.Contains("HTTP 400", failed.Value.Failure!.Describe(Language.French), StringComparison.Ordinal);
        Assert.Null(wait.Value.NextAttemptAt);
    }

    [Fact]
    public async Task ResumeWaiting_MakesOnlyWaitingMessagesDueNow()
    {
        await SeedAsync(Message("w1") with { Status = DeliveryStatus.WaitingForContact }, Message("u1") with { Status = DeliveryStatus.Unknown });
        _clock.Advance(TimeSpan.FromMinutes(1));

        var resumed = await Outbox.ResumeWaitingAsync(Tenant, ["w1", "u1", "missing"]);

        Assert.Equal(1, resumed.Value);
        Assert.Equal(["w1"], (await Outbox.AgendaAsync(Tenant, _clock.Now)).Due.Select(m => m.Id));
        Assert.Equal(DeliveryStatus.Unknown, (await Stored("u1")).Status);
    }

    [Fact]
    public async Task PurgeSent_DeletesOnlyMessagesSentMoreThanSevenDaysAgo()
    {
        await SeedAsync(
            Message("old") with { Status = DeliveryStatus.Sent, SentAt = Start.AddDays(-7).AddMinutes(-1) },
            Message("recent") with { Status = DeliveryStatus.Sent, SentAt = Start.AddDays(-6) },
            Message("failed-old", Start.AddDays(-30)) with { Status = DeliveryStatus.Failed });

        var purged = await Outbox.PurgeSentAsync(Tenant, ["old", "recent", "failed-old"]);

        Assert.Equal(1, purged.Value);
        Assert.Equal(["failed-old", "recent"], (await Outbox.ListAsync(Tenant)).Select(m => m.Id).Order());
    }

    [Fact]
    public async Task FindByData_ReturnsTheMessagesAboutOneThing_AndNeedsHelpdeskInATurn()
    {
        await SeedAsync(
            Message("t1-opened") with { Data = new Dictionary<string, string> { ["ticketId"] = "T-1" } },
            Message("t2-opened") with { Data = new Dictionary<string, string> { ["ticketId"] = "T-2" } },
            Message("t1-changed") with { Data = new Dictionary<string, string> { ["ticketId"] = "T-1", ["change"] = "claimed" } });

        var found = await Outbox.FindByDataAsync(Tenant, "ticketId", "T-1");
        var asUser = await Outbox.FindByDataAsync(new Actor(Tenant, "u", "U", ChatPhone.Core.Directory.Role.User), "ticketId", "T-1");
        var asHelpdesk = await Outbox.FindByDataAsync(new Actor(Tenant, "h", "H", ChatPhone.Core.Directory.Role.Helpdesk), "ticketId", "T-1");

        Assert.Equal(["t1-changed", "t1-opened"], found.Select(m => m.Id).Order());
        Assert.Equal("auth.helpdesk_required", asUser.Error?.Code);
        Assert.Equal(2, asHelpdesk.Value.Count);
    }

    [Fact]
    public async Task Tenants_ScanFindsEveryTenantWithAnOutbox_UnderThisPrefixOnly()
    {
        var others = CoreServices.Create(redis);
        await TenantSeed.PutAsync(others, TenantId.Parse("elsewhere"), NotificationCollections.Outbox, ("x", Message("x")));
        await SeedAsync(Message("a"));
        await TenantSeed.PutAsync(Services, TenantId.Parse("fabrikam.eu"), NotificationCollections.Outbox, ("b", Message("b")));
        await TenantSeed.PutAsync(Services, TenantId.Parse("no-outbox"), ChatPhone.Core.Numbers.NumberCollections.UserLines, ("u", []));

        var tenants = await Outbox.TenantsAsync();

        Assert.Equal(["contoso", "fabrikam.eu"], tenants.Select(t => t.Value));
        await others.DisposeAsync();
    }

    private static OutboxMessage Message(string id, DateTimeOffset? created = null) =>
        new(id, NotificationKind.NumberAssigned, RecipientKind.Person, "id-alex",
            new Dictionary<string, string> { ["number"] = "+12065550100" }, created ?? Start.AddMinutes(-1));

    private Task SeedAsync(params OutboxMessage[] messages) =>
        TenantSeed.PutAsync(Services, Tenant, NotificationCollections.Outbox, messages.Select(m => (m.Id, m)).ToArray());

    private async Task<OutboxMessage> ClaimAsync(string id) => (await Outbox.ClaimAsync(Tenant, await Stored(id), Lease)).Value;

    private async Task<OutboxMessage> Stored(string id) =>
        (await TenantSeed.GetAsync(Services, Tenant, NotificationCollections.Outbox, id))!;
}
