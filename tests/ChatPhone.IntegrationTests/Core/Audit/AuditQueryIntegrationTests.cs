using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Audit;

[Collection(RedisCollection.Name)]
public sealed class AuditQueryIntegrationTests(RedisServerFixture redis)
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly Actor Megan = TenantSeed.Admin(Tenant);
    private static readonly Actor Camille = new(Tenant, "admin-2", "Camille", Role.Admin);

    [Fact]
    public async Task Query_ByPersonObjectAndTime_FindsExactlyTheMatchingChanges()
    {
        await using var services = CoreServices.Create(redis);
        await TenantSeed.PeopleAsync(services, Tenant, ("id-alex", "alex@contoso.com", "Alex", "US", "user"));
        var licensing = services.GetRequiredService<LicensingService>();
        await licensing.PurchaseAsync(new PurchaseLicenses(Megan, IdempotencyKey.New(), Sku.PhoneSystem, 2));
        await licensing.AssignAsync(new AssignLicenses(Camille, IdempotencyKey.New(), UserId.Parse("id-alex"), [Sku.PhoneSystem]));
        var audit = services.GetRequiredService<AuditQueryService>();
        var (from, to) = (DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));

        var byCamille = (await audit.QueryAsync(new AuditQuery(Megan, from, to, ActorId: "admin-2"))).Value;
        var aboutAlex = (await audit.QueryAsync(new AuditQuery(Megan, from, to, Target: "id-alex"))).Value;
        var subscriptions = (await audit.QueryAsync(new AuditQuery(Megan, from, to, Target: "subscriptions:"))).Value;
        var before = (await audit.QueryAsync(new AuditQuery(Megan, from.AddDays(-1), from))).Value;

        Assert.Equal(["licenses:id-alex", "subscriptions:PhoneSystem"], byCamille.Select(e => e.Target).Order());
        Assert.Equal("licenses:id-alex", Assert.Single(aboutAlex).Target);
        Assert.Equal(["admin-2", "admin-1"], subscriptions.Select(e => e.ActorId));
        Assert.DoesNotContain(before, e => e.Target.StartsWith("licenses:", StringComparison.Ordinal));
        Assert.Contains("\"consumed\":1", subscriptions[0].After, StringComparison.Ordinal);
        Assert.Contains("\"consumed\":0", subscriptions[0].Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_ByAPlainUser_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var audit = services.GetRequiredService<AuditQueryService>();

        var result = await audit.QueryAsync(new AuditQuery(Megan with { Role = Role.User }, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow));

        Assert.Equal("auth.helpdesk_required", result.Error?.Code);
    }

    [Theory]
    [InlineData(-1, 100, "audit.range_invalid")]
    [InlineData(400, 100, "audit.range_invalid")]
    [InlineData(1, 0, "audit.limit_invalid")]
    [InlineData(1, AuditQuery.MaxLimit + 1, "audit.limit_invalid")]
    [InlineData(366, AuditQuery.MaxLimit, null)]
    public async Task Query_Bounds(int days, int limit, string? expected)
    {
        await using var services = CoreServices.Create(redis);
        var audit = services.GetRequiredService<AuditQueryService>();
        var to = DateTimeOffset.UtcNow;

        var result = await audit.QueryAsync(new AuditQuery(Megan, to.AddDays(-days), to, Limit: limit));

        Assert.Equal(expected, result.Error?.Code);
    }
}
