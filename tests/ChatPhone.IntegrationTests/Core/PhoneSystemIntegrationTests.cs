using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatPhone.IntegrationTests.Core;

[Collection(RedisCollection.Name)]
public sealed class PhoneSystemIntegrationTests(RedisServerFixture redis)
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");

    [Fact]
    public async Task PhoneSystem_ResolvesWithEveryArea_FromTheCoreRegistration()
    {
        await using var services = CoreServices.Create(redis);

        var phone = services.GetRequiredService<PhoneSystem>();

        Assert.All(typeof(PhoneSystem).GetProperties(), p => Assert.NotNull(p.GetValue(phone)));
    }

    [Fact]
    public async Task Settings_BindTheReservationExpiryAndThePortingCarrier()
    {
        await using var services = CoreServices.Create(redis,
            ("ChatPhone:Numbers:ReservationExpiry", "00:03:00"), ("ChatPhone:Porting:RejectionPrefix", "NOPE"));

        Assert.Equal(TimeSpan.FromMinutes(3), services.GetRequiredService<IOptions<NumbersOptions>>().Value.ReservationExpiry);
        Assert.Equal("NOPE", services.GetRequiredService<IOptions<PortingOptions>>().Value.RejectionPrefix);
    }

    [Fact]
    public async Task TenantsNeverSeeEachOther()
    {
        await using var services = CoreServices.Create(redis);
        var phone = services.GetRequiredService<PhoneSystem>();
        var fabrikam = TenantId.Parse("fabrikam");
        await TenantSeed.PeopleAsync(services, Tenant, ("id-alex", "alex@contoso.com", "Alex", "US", "user"));
        await phone.Licensing.PurchaseAsync(new PurchaseLicenses(TenantSeed.Admin(Tenant), IdempotencyKey.New(), Sku.PhoneSystem, 5));

        var theirs = await phone.Licensing.SubscriptionsAsync(fabrikam);
        var alexThere = await phone.Licensing.ForUserAsync(fabrikam, "id-alex");
        var theirSetup = (await phone.Setup.ChecklistAsync(TenantSeed.Admin(fabrikam))).Value;

        Assert.Empty(theirs);
        Assert.Equal("directory.person_not_found", alexThere.Error?.Code);
        Assert.Equal(StepStatus.Blocked, theirSetup[0].Status);
        Assert.Empty(await services.GetRequiredService<InvariantChecker>().CheckAsync(Tenant));
    }

    [Fact]
    public async Task AudioConferencing_CannotBeRemovedFromAnOrganizer_UntilTheyAreDisabled()
    {
        await using var services = CoreServices.Create(redis);
        var phone = services.GetRequiredService<PhoneSystem>();
        var admin = TenantSeed.Admin(Tenant);
        await TenantSeed.PeopleAsync(services, Tenant, ("id-alex", "alex@contoso.com", "Alex", "US", "user"));
        await phone.Licensing.PurchaseAsync(new PurchaseLicenses(admin, IdempotencyKey.New(), Sku.AudioConferencing, 2));
        await phone.Licensing.AssignAsync(new AssignLicenses(admin, IdempotencyKey.New(), UserId.Parse("id-alex"), [Sku.AudioConferencing]));
        await phone.Conferencing.EnableAsync(new EnableConferencing(admin, IdempotencyKey.New(), "US"));
        Assert.True((await phone.Conferencing.EnableOrganizerAsync(new EnableOrganizer(admin, IdempotencyKey.New(), UserId.Parse("id-alex")))).IsSuccess);

        var refused = await phone.Licensing.RemoveAsync(new RemoveLicenses(admin, IdempotencyKey.New(), UserId.Parse("id-alex"), [Sku.AudioConferencing]));
        var disabled = await phone.Conferencing.DisableOrganizerAsync(new DisableOrganizer(admin, IdempotencyKey.New(), UserId.Parse("id-alex")));
        var removed = await phone.Licensing.RemoveAsync(new RemoveLicenses(admin, IdempotencyKey.New(), UserId.Parse("id-alex"), [Sku.AudioConferencing]));
        var again = await phone.Conferencing.DisableOrganizerAsync(new DisableOrganizer(admin, IdempotencyKey.New(), UserId.Parse("id-alex")));

        Assert.Equal("license.needed_by_organizer", refused.Error?.Code);
        Assert.True(disabled.IsSuccess);
        Assert.Empty(removed.Value.Held);
        Assert.Equal("conferencing.organizer.not_enabled", again.Error?.Code);
        Assert.Empty(await services.GetRequiredService<InvariantChecker>().CheckAsync(Tenant));
    }
}
