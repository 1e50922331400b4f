using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ChatPhone.IntegrationTests.Core.Numbers.Porting.PortingIntegrationTests;

namespace ChatPhone.IntegrationTests.Core.Numbers.Porting;

/// <summary>A port order's PIN and account number: whole for admins, masked in the audit trail and for the helpdesk.</summary>
[Collection(RedisCollection.Name)]
public sealed class PortOrderSecretsIntegrationTests(RedisServerFixture redis)
{
    private const string AccountNumber = "ACCT-99017734";
    private const string Pin = "730519";
    private static readonly Actor Helpdesk = new(Tenant, "helpdesk-1", "Priya", Role.Helpdesk);

    private static PortRequest WithSecrets() => Request() with { AccountNumber = AccountNumber, PinToUnblock = Pin };

    [Fact]
    public async Task Audit_OfCreatingAndCancellingAnOrder_KeepsThePinAndAccountNumberMasked()
    {
        var clock = new ManualClock(Monday);
        await using var services = CoreServices.Create(redis, clock);
        var porting = services.GetRequiredService<PortingService>();

        var order = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, IdempotencyKey.New(), WithSecrets()))).Value.Order!;
        var cancelled = await porting.CancelPortOrderAsync(new CancelPortOrder(Admin, IdempotencyKey.New(), order.Id));

        Assert.True(cancelled.IsSuccess, cancelled.Error?.Code);
        var entries = (await services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, Monday.AddDays(-1), Monday.AddDays(1)))
            .Where(e => e.Target == $"port-orders:{order.Id}").ToArray();
        Assert.Equal(2, entries.Length);
        var states = entries.SelectMany(e => new[] { e.Before, e.After }).OfType<string>().ToArray();
        Assert.Equal(3, states.Length);
        Assert.All(states, json =>
        {
            Assert.DoesNotContain(AccountNumber, json, StringComparison.Ordinal);
            Assert.DoesNotContain(Pin, json, StringComparison.Ordinal);
            Assert.Contains("XXXX7734", json, StringComparison.Ordinal);
        });
        var stored = await TenantSeed.GetAsync(services, Tenant, PortingCollections.Orders, order.Id);
        Assert.Equal((AccountNumber, Pin), (stored!.Details.AccountNumber, stored.Details.PinToUnblock));
    }

    [Fact]
    public async Task Orders_ShowThePinAndAccountNumber_ToAdminsOnly()
    {
        await using var services = CoreServices.Create(redis, new ManualClock(Monday));
        var porting = services.GetRequiredService<PortingService>();
        var order = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, IdempotencyKey.New(), WithSecrets()))).Value.Order!;

        var listed = (await porting.ListPortOrdersAsync(Helpdesk)).Value.Single();
        var viewed = (await porting.GetPortOrderAsync(Helpdesk, order.Id)).Value;
        var admin = (await porting.GetPortOrderAsync(Admin, order.Id)).Value;

        foreach (var details in new[] { listed.Details, viewed.Details })
        {
            Assert.Equal(("XXXX7734", "XXXX"), (details.AccountNumber, details.PinToUnblock));
        }

        Assert.Equal((AccountNumber, Pin), (admin.Details.AccountNumber, admin.Details.PinToUnblock));
    }
}
