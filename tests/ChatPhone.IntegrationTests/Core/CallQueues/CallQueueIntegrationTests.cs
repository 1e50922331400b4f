using ChatPhone.Core.Audit;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.VoiceApps.VoiceAppHarness;

namespace ChatPhone.IntegrationTests.Core.CallQueues;

[Collection(RedisCollection.Name)]
public sealed class CallQueueIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Create_StoresTheQueueWithDefaults_AndReportsTheRoundedTimeout()
    {
        await using var harness = await StartAsync(redis);

        var saved = await harness.Queues.CreateAsync(new CreateCallQueue(Admin, NewKey(), new CallQueueSettings { Name = "Sales", TimeoutThreshold = 47, Users = [Alex] }));

        Assert.True(saved.IsSuccess, saved.Error?.Code);
        Assert.Equal(new ChatPhone.Core.Common.Error("callqueue.timeout_rounded", 47, 45), Assert.Single(saved.Value.Notes));
        var stored = (await harness.Queries.GetCallQueueAsync(HelpdeskAgent, "SALES")).Value;
        Assert.Equal((saved.Value.Queue.Id, 45, 30, RoutingMethod.Attendant, NoAgentActionKind.Queue), (stored.Id, stored.Settings.TimeoutThreshold, stored.Settings.AgentAlertTime, stored.Settings.RoutingMethod, stored.Settings.NoAgent.Kind));
        Assert.Equal([Alex], stored.Settings.Users);
    }

    [Fact]
    public async Task Create_NameOfAnExistingQueueInAnotherCase_IsRefused_AndNothingIsAdded()
    {
        await using var harness = await StartAsync(redis);
        await harness.QueueAsync("Sales");

        var second = await harness.Queues.CreateAsync(new CreateCallQueue(Admin, NewKey(), new CallQueueSettings { Name = "sales" }));

        Assert.Equal("callqueue.name_taken", second.Error?.Code);
        Assert.Single((await harness.Queries.ListCallQueuesAsync(Admin)).Value);
    }

    [Fact]
    public async Task Create_AgentWithoutPhoneSystem_IsRefusedByName()
    {
        await using var harness = await StartAsync(redis);

        var result = await harness.Queues.CreateAsync(new CreateCallQueue(Admin, NewKey(), new CallQueueSettings { Name = "Sales", Users = [Alex, Sam] }));

        Assert.Equal(new ChatPhone.Core.Common.Error("voiceapp.user_not_voice_enabled", "Users", "Sam Taylor"), result.Error);
    }

    [Fact]
    public async Task AddAgent_AddsOnce_ValidatesTheAgent_AndIsForAdmins()
    {
        await using var harness = await StartAsync(redis);
        var queue = (await harness.Queues.CreateAsync(new CreateCallQueue(Admin, NewKey(), new CallQueueSettings { Name = "Sales" }))).Value.Queue;

        var added = await harness.Queues.AddAgentAsync(new AddCallQueueAgent(Admin, NewKey(), queue.Id, UserId.Parse(Alex)));
        var again = await harness.Queues.AddAgentAsync(new AddCallQueueAgent(Admin, NewKey(), queue.Id, UserId.Parse(Alex)));
        var notVoiceEnabled = await harness.Queues.AddAgentAsync(new AddCallQueueAgent(Admin, NewKey(), queue.Id, UserId.Parse(Sam)));
        var byHelpdesk = await harness.Queues.AddAgentAsync(new AddCallQueueAgent(HelpdeskAgent, NewKey(), queue.Id, UserId.Parse(Alex)));

        Assert.Equal([Alex], added.Value.Queue.Settings.Users);
        Assert.Equal([Alex], again.Value.Queue.Settings.Users);
        Assert.Equal("voiceapp.user_not_voice_enabled", notVoiceEnabled.Error?.Code);
        Assert.Equal("auth.admin_required", byHelpdesk.Error?.Code);
        Assert.Equal([Alex], (await harness.Queries.GetCallQueueAsync(Admin, "Sales")).Value.Settings.Users);
    }

    [Fact]
    public async Task Create_ByANonAdmin_IsRefused_AndNothingChanges()
    {
        await using var harness = await StartAsync(redis);

        var result = await harness.Queues.CreateAsync(new CreateCallQueue(HelpdeskAgent, NewKey(), new CallQueueSettings { Name = "Sales" }));

        Assert.Equal("auth.admin_required", result.Error?.Code);
        Assert.Empty((await harness.Queries.ListCallQueuesAsync(Admin)).Value);
        Assert.Contains(await harness.AuditAsync(), e => e.Action == AuditActions.CallQueues.Create && e.Outcome == AuditOutcome.Refused);
    }

    [Fact]
    public async Task Create_ReplayedKey_ReturnsTheFirstQueue_AndChangesOnce()
    {
        await using var harness = await StartAsync(redis);
        var command = new CreateCallQueue(Admin, Key("cq-1"), new CallQueueSettings { Name = "Sales" });

        var first = await harness.Queues.CreateAsync(command);
        var replay = await harness.Queues.CreateAsync(command);

        Assert.Equal(first.Value.Queue.Id, replay.Value.Queue.Id);
        Assert.Single((await harness.Queries.ListCallQueuesAsync(Admin)).Value);
        Assert.Single(await harness.AuditAsync(), e => e.Action == AuditActions.CallQueues.Create && e.Outcome == AuditOutcome.Applied);
    }

    [Fact]
    public async Task Update_ChangesSettings_KeepsTheId_AndRefusesANameInUse()
    {
        await using var harness = await StartAsync(redis);
        var sales = await harness.QueueAsync("Sales");
        await harness.QueueAsync("Support");

        var updated = await harness.Queues.UpdateAsync(new UpdateCallQueue(Admin, NewKey(), sales.Id, sales.Settings with { Name = "Sales EMEA", AgentAlertTime = 20 }));
        var clash = await harness.Queues.UpdateAsync(new UpdateCallQueue(Admin, NewKey(), sales.Id, sales.Settings with { Name = "SUPPORT" }));

        Assert.Equal((sales.Id, "Sales EMEA", 20), (updated.Value.Queue.Id, updated.Value.Queue.Name, updated.Value.Queue.Settings.AgentAlertTime));
        Assert.Equal("callqueue.name_taken", clash.Error?.Code);
    }

    [Fact]
    public async Task Update_SameSettings_SaysNothingChanged_AndWritesNothing()
    {
        await using var harness = await StartAsync(redis);
        var sales = await harness.QueueAsync("Sales");

        var again = await harness.Queues.UpdateAsync(new UpdateCallQueue(Admin, NewKey(), sales.Id, sales.Settings));

        Assert.Equal("voiceapp.unchanged", Assert.Single(again.Value.Notes).Code);
        Assert.DoesNotContain(await harness.AuditAsync(), e => e.Action == AuditActions.CallQueues.Update);
    }

    [Fact]
    public async Task Update_UnknownQueue_IsNotFound()
    {
        await using var harness = await StartAsync(redis);

        var result = await harness.Queues.UpdateAsync(new UpdateCallQueue(Admin, NewKey(), "nope", new CallQueueSettings { Name = "X" }));

        Assert.Equal("callqueue.not_found", result.Error?.Code);
    }

    [Fact]
    public async Task Delete_WithALinkedResourceAccount_IsRefusedNamingIt()
    {
        await using var harness = await StartAsync(redis);
        var sales = await harness.QueueAsync("Sales");
        await harness.AccountAsync("ra-sales", ResourceAccountKind.CallQueue, associatedWith: sales.Id);

        var result = await harness.Queues.DeleteAsync(new DeleteCallQueue(Admin, NewKey(), sales.Id));

        Assert.Equal(new ChatPhone.Core.Common.Error("callqueue.has_resource_accounts", "Sales", "ra-sales@contoso.com"), result.Error);
    }

    [Fact]
    public async Task Delete_QueueAnAttendantTransfersTo_IsRefusedNamingTheAttendant()
    {
        await using var harness = await StartAsync(redis);
        var sales = await harness.QueueAsync("Sales");
        await harness.AttendantAsync("Main line", Minimal("x") with { Operator = new CallableEntity(CallableEntityType.ConfigurationEndpoint, sales.Id) });

        var result = await harness.Queues.DeleteAsync(new DeleteCallQueue(Admin, NewKey(), sales.Id));

        Assert.Equal(new ChatPhone.Core.Common.Error("callqueue.in_use", "Sales", "Main line"), result.Error);
    }

    [Fact]
    public async Task Delete_UnusedQueue_RemovesIt()
    {
        await using var harness = await StartAsync(redis);
        var sales = await harness.QueueAsync("Sales");

        var deleted = await harness.Queues.DeleteAsync(new DeleteCallQueue(Admin, NewKey(), sales.Id));

        Assert.Equal(new VoiceAppDeleted(sales.Id, "Sales"), deleted.Value);
        Assert.Empty((await harness.Queries.ListCallQueuesAsync(Admin)).Value);
    }

    [Fact]
    public async Task Check_ListsEveryProblemAtOnce_WithoutSaving()
    {
        await using var harness = await StartAsync(redis);

        var check = await harness.Queries.CheckCallQueueAsync(Admin, new CallQueueSettings { Name = "", AgentAlertTime = 5, Users = ["ghost"] });

        Assert.Equal(["voiceapp.name_required", "voiceapp.out_of_range", "voiceapp.user_not_found"], check.Value.Problems.Select(p => p.Code));
        Assert.Empty((await harness.Queries.ListCallQueuesAsync(Admin)).Value);
    }
}
