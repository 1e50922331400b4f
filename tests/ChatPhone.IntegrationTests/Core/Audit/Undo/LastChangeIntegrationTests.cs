using ChatPhone.Core.Audit;
using ChatPhone.Core.Audit.Undo;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Audit.Undo;

/// <summary>
/// "The last change" an admin can undo, read newest first a page at a time: found behind more than a page of another
/// admin's changes, and once undone, the one before it.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class LastChangeIntegrationTests(RedisServerFixture redis)
{
    private static readonly TenantId Tenant = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
    private static readonly Actor Megan = TenantSeed.Admin(Tenant);
    private static readonly Actor Camille = new(Tenant, "admin-2", "Camille", Role.Admin);

    [Fact]
    public async Task TheLastChange_IsFoundBehindPagesOfOthers_AndUndoingItLeavesTheOneBefore()
    {
        await using var services = CoreServices.Create(redis);
        var licensing = services.GetRequiredService<LicensingService>();
        var undo = services.GetRequiredService<UndoService>();
        Ok(await licensing.PurchaseAsync(new PurchaseLicenses(Megan, IdempotencyKey.New(), Sku.PhoneSystem, 5)));
        Ok(await licensing.PurchaseAsync(new PurchaseLicenses(Megan, IdempotencyKey.New(), Sku.AudioConferencing, 3)));
        for (var i = 0; i < 150; i++)
        {
            Ok(await licensing.PurchaseAsync(new PurchaseLicenses(Camille, IdempotencyKey.New(), Sku.E5, 1)));
        }

        var last = Ok(await undo.LastChangeAsync(Megan));
        Ok(await undo.ApplyAsync(new UndoChange(Megan, IdempotencyKey.New(), last!.Change)));
        var before = Ok(await undo.LastChangeAsync(Megan));

        Assert.Equal(AuditActions.Licensing.Purchase, last.Action);
        Assert.Equal(0, (await licensing.SubscriptionsAsync(Tenant)).SingleOrDefault(s => s.Sku == Sku.AudioConferencing)?.Purchased ?? 0);
        Assert.Equal(AuditActions.Licensing.Purchase, before!.Action);
        Assert.True(before.Change.At < last.Change.At);
        Assert.Equal(AuditActions.Licensing.Purchase, Ok(await undo.LastChangeAsync(Camille))!.Action);
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }
}
