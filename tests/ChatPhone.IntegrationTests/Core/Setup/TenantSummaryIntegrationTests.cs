using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.Triage;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Setup;

/// <summary>The tenant summary counts what is stored and names the problems; tickets list with the resolved ones.</summary>
[Collection(RedisCollection.Name)]
public sealed class TenantSummaryIntegrationTests(RedisServerFixture redis)
{
    private readonly TenantId _tenant = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);

    private Actor Admin => TenantSeed.Admin(_tenant);

    [Fact]
    public async Task Summarize_CountsEachStep_AndNamesPeopleWithANumberButNoCallingPlan_AndQueuesWithoutAgents()
    {
        await using var services = CoreServices.Create(redis);
        await TenantSeed.PeopleAsync(services, _tenant,
            ("id-alex", "alex@contoso.com", "Alex Wilber", "US", "user"), ("id-sam", "sam@contoso.com", "Sam Taylor", "US", "user"));
        var licensing = services.GetRequiredService<LicensingService>();
        await licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 5));
        await licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.DomesticCallingPlan, 5));
        await licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse("id-alex"), [Sku.PhoneSystem, Sku.DomesticCallingPlan]));
        await licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse("id-sam"), [Sku.PhoneSystem]));
        var now = DateTimeOffset.UtcNow;
        PhoneNumber Number(string number, string? user) => new(number, "US", "WA", "Seattle", NumberType.UserSubscriber, NumberSource.Acquired, now,
            user is null ? null : new NumberAssignment(AssignmentTarget.User, user, AssignmentCategory.Primary, now));
        await TenantSeed.PutAsync(services, _tenant, NumberCollections.Numbers,
            ("+12065550101", Number("+12065550101", "id-alex")), ("+12065550102", Number("+12065550102", "id-sam")), ("+12065550103", Number("+12065550103", null)));
        await services.GetRequiredService<CallQueueService>().CreateAsync(new CreateCallQueue(Admin, IdempotencyKey.New(), new CallQueueSettings { Name = "Empty queue" }));

        var summary = (await services.GetRequiredService<TenantSummaryService>().SummarizeAsync(Admin)).Value;

        Assert.Equal((10, 3), (summary.LicensesBought, summary.LicensesAssigned));
        Assert.Equal(2, summary.Numbers[PstnAssignmentStatus.UserAssigned]);
        Assert.Equal(1, summary.Numbers[PstnAssignmentStatus.Unassigned]);
        Assert.Equal(1, summary.CallQueues);
        Assert.Null(summary.BridgeNumbers);
        Assert.Null(summary.CreditsBalance);
        var noPlan = Assert.Single(summary.Problems, p => p.Kind == TenantProblemKind.NumberWithoutCallingPlan);
        Assert.Equal(["Sam Taylor"], noPlan.Names);
        Assert.Equal(["Empty queue"], Assert.Single(summary.Problems, p => p.Kind == TenantProblemKind.QueueWithoutAgents).Names);
        Assert.DoesNotContain(summary.Problems, p => p.Kind == TenantProblemKind.NumberWithoutPhoneSystem);
    }

    [Fact]
    public async Task Summarize_ForAPlainUser_IsRefused()
    {
        await using var services = CoreServices.Create(redis);

        var result = await services.GetRequiredService<TenantSummaryService>().SummarizeAsync(Admin with { Role = Role.User });

        Assert.Equal("auth.helpdesk_required", result.Error?.Code);
    }

    [Fact]
    public async Task ListAllTickets_HasTheResolvedOnesToo_AndIsForHelpdeskOnly()
    {
        await using var services = CoreServices.Create(redis);
        var tickets = services.GetRequiredService<TicketService>();
        var report = new TriageReport("id-alex", "Alex Wilber", Symptom.CannotCallOut, []);
        var opened = (await tickets.OpenAsync(new OpenTicket(Admin, IdempotencyKey.New(), report))).Value;
        await tickets.ResolveAsync(new ResolveTicket(Admin, IdempotencyKey.New(), opened.Id));

        var all = await tickets.ListAllAsync(Admin);
        var open = await tickets.ListOpenAsync(Admin);
        var refused = await tickets.ListAllAsync(Admin with { Role = Role.User });

        Assert.Equal(TicketStatus.Resolved, Assert.Single(all.Value).Status);
        Assert.Empty(open.Value);
        Assert.Equal("auth.helpdesk_required", refused.Error?.Code);
    }
}
