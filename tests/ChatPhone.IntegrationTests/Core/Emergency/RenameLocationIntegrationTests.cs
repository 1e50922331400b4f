using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Emergency;

[Collection(RedisCollection.Name)]
public sealed class RenameLocationIntegrationTests(RedisServerFixture redis)
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly Actor Admin = TenantSeed.Admin(Tenant);

    private static readonly AddressFields Redmond = new(
        "Contoso", "US", HouseNumber: "1", StreetName: "Microsoft Way", City: "Redmond", StateOrProvince: "WA",
        PostalCode: "98052", Latitude: "47.64", Longitude: "-122.13");

    private static IdempotencyKey Key(string value) => IdempotencyKey.TryCreate(value).Value;

    [Fact]
    public async Task RenameLocation_RenamesOnce_RefusesDuplicatesBlanksAndAStaleName()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = ActivatorUtilities.CreateInstance<EmergencyService>(services);
        var address = (await emergency.AddAddressAsync(new AddAddress(Admin, Key("a"), Redmond))).Value.Address;
        var floor = (await emergency.AddLocationAsync(new AddLocation(Admin, Key("l"), address.Id, "3rd floor"))).Value.Location;

        var renamed = await emergency.RenameLocationAsync(new RenameLocation(Admin, Key("r1"), address.Id, floor.Id, " 4th  floor ", "3rd floor"));
        var replay = await emergency.RenameLocationAsync(new RenameLocation(Admin, Key("r1"), address.Id, floor.Id, " 4th  floor ", "3rd floor"));
        var stale = await emergency.RenameLocationAsync(new RenameLocation(Admin, Key("r2"), address.Id, floor.Id, "5th floor", "3rd floor"));
        var duplicate = await emergency.RenameLocationAsync(new RenameLocation(Admin, Key("r3"), address.Id, floor.Id, "default"));
        var blank = await emergency.RenameLocationAsync(new RenameLocation(Admin, Key("r4"), address.Id, floor.Id, " "));
        var helpdesk = await emergency.RenameLocationAsync(new RenameLocation(new Actor(Tenant, "hd", "Sam", Role.Helpdesk), Key("r5"), address.Id, floor.Id, "x"));

        Assert.Equal("4th floor", renamed.Value.Location.Name);
        Assert.Equal("4th floor", replay.Value.Location.Name);
        Assert.Equal(new Error("emergency.location_changed", "3rd floor", "4th floor"), stale.Error);
        Assert.Equal("emergency.location_name_duplicate", duplicate.Error?.Code);
        Assert.Equal("emergency.location_name_required", blank.Error?.Code);
        Assert.Equal("auth.admin_required", helpdesk.Error?.Code);
        var stored = await TenantSeed.GetAsync(services, Tenant, EmergencyCollections.Addresses, address.Id);
        Assert.Equal(["Default", "4th floor"], stored!.Locations.Select(l => l.Name));
        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Single(audit, e => e.Action == AuditActions.Emergency.LocationRename && e.Outcome == AuditOutcome.Applied);
    }
}
