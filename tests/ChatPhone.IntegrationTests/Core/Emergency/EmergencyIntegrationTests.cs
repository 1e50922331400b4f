using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Emergency;

[Collection(RedisCollection.Name)]
public sealed class EmergencyIntegrationTests(RedisServerFixture redis)
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly Actor Admin = TenantSeed.Admin(Tenant);
    private static readonly Actor Helpdesk = new(Tenant, "hd-1", "Sam", Role.Helpdesk);

    private static readonly AddressFields Redmond = new(
        "Contoso", "US", HouseNumber: "1", StreetName: "Microsoft Way", City: "Redmond", StateOrProvince: "Washington",
        PostalCode: "98052", Latitude: "47.64", Longitude: "-122.13");

    private static IdempotencyKey Key(string value) => IdempotencyKey.TryCreate(value).Value;

    private static EmergencyService Service(IServiceProvider services) => ActivatorUtilities.CreateInstance<EmergencyService>(services);

    private static async Task<CivicAddress> AddAsync(EmergencyService emergency, AddressFields fields, string key = "add")
    {
        var added = await emergency.AddAddressAsync(new AddAddress(Admin, Key(key), fields));
        Assert.True(added.IsSuccess, added.Error?.Code);
        return added.Value.Address;
    }

    [Fact]
    public async Task AddAddress_ValidUsAddress_IsValidatedWithItsDefaultLocationAndReportsCorrections()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);

        var outcome = (await emergency.AddAddressAsync(new AddAddress(Admin, Key("k1"), Redmond with { StreetName = "MICROSOFT way" }))).Value;

        Assert.Equal(ValidationStatus.Validated, outcome.Address.Status);
        Assert.Equal(("WA", "Microsoft Way"), (outcome.Address.StateOrProvince, outcome.Address.StreetName));
        Assert.Contains(outcome.Corrections, c => c.Code == "emergency.correction.state_abbreviated");
        Assert.Contains("Washington", outcome.Corrections[0].Describe(Language.English) + outcome.Corrections[1].Describe(Language.English), StringComparison.Ordinal);
        Assert.Null(outcome.NextStep);
        var stored = await TenantSeed.GetAsync(services, Tenant, EmergencyCollections.Addresses, outcome.Address.Id);
        Assert.True(stored!.IsValidated);
        Assert.Equal(EmergencyService.DefaultLocationName, stored.DefaultLocation.Name);
        Assert.Equal(outcome.Corrections.Select(c => c.Code), stored.Corrections);
    }

    [Fact]
    public async Task AddAddress_NoCoordinatesForAKnownCity_FillsThemIn_ForAnUnknownCity_RefusesAndStoresNothing()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);

        var known = await emergency.AddAddressAsync(new AddAddress(Admin, Key("k1"), Redmond with { Latitude = null, Longitude = null }));
        var unknown = await emergency.AddAddressAsync(new AddAddress(Admin, Key("k2"), Redmond with { City = "Gotham", Latitude = null, Longitude = null }));

        Assert.Equal("47.674", known.Value.Address.Latitude);
        Assert.Contains(known.Value.Corrections, c => c.Code == "emergency.correction.coordinates_filled");
        // The refusal says why no coordinates could be filled in: the city is unknown (with the closest names when there are some).
        Assert.StartsWith("emergency.problem.city_unknown", unknown.Error!.Code, StringComparison.Ordinal);
        Assert.Equal("Gotham", unknown.Error.Args[0]);
        Assert.Single((await emergency.ListAddressesAsync(Admin)).Value);
    }

    [Fact]
    public async Task AddAddress_NoCoordinates_CityKnownOnlyToTheGazetteer_FillsThemIn()
    {
        await using var services = CoreServices.Create(redis);

        var added = await Service(services).AddAddressAsync(new AddAddress(Admin, Key("k1"),
            new AddressFields("Contoso", "IT", "1", StreetName: "Piazza del Campidoglio", City: "Roma", PostalCode: "00186")));

        Assert.True(added.IsSuccess, added.Error?.Code);
        Assert.Equal(ValidationStatus.Validated, added.Value.Address.Status);
        Assert.True(ChatPhone.Core.Emergency.Validation.Coordinates.TryParse(added.Value.Address.Latitude, added.Value.Address.Longitude, out var at));
        Assert.InRange(at.DistanceKm(new ChatPhone.Core.Emergency.Validation.Coordinates(41.8934, 12.4830)), 0, 10);
    }

    [Theory]
    [InlineData("AU", "Sydney", "NSW", "2000")]
    [InlineData("JP", "Chiyoda", null, "100-0014")]
    public async Task AddAddress_AustraliaAndJapan_NeedNoCoordinates(string country, string city, string? state, string postal)
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);

        var outcome = await emergency.AddAddressAsync(new AddAddress(Admin, Key("k1"), new AddressFields("Contoso", country, "1", StreetName: "George St",
            City: city, StateOrProvince: state, PostalCode: postal)));

        Assert.True(outcome.IsSuccess, outcome.Error?.Code);
    }

    [Fact]
    public async Task AddAddress_UnparseableCoordinates_AreRefused()
    {
        await using var services = CoreServices.Create(redis);

        var outcome = await Service(services).AddAddressAsync(new AddAddress(Admin, Key("k1"), Redmond with { Latitude = "north" }));

        Assert.Equal("emergency.address_coordinates_invalid", outcome.Error!.Code);
    }

    [Theory]
    [InlineData("", "US", "emergency.address_company_required")]
    [InlineData("Contoso", "XX", "emergency.address_country_invalid")]
    [InlineData("Contoso", "USA", "emergency.address_country_invalid")]
    public async Task AddAddress_MissingCompanyOrBadCountry_IsRefused(string company, string country, string code)
    {
        await using var services = CoreServices.Create(redis);

        var outcome = await Service(services).AddAddressAsync(new AddAddress(Admin, Key("k1"), Redmond with { CompanyName = company, Country = country }));

        Assert.Equal(code, outcome.Error!.Code);
    }

    [Fact]
    public async Task AddAddress_FieldOf201Characters_IsRefused_200IsAccepted()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);

        var ok = await emergency.AddAddressAsync(new AddAddress(Admin, Key("k1"), Redmond with { Description = new string('x', 200) }));
        var tooLong = await emergency.AddAddressAsync(new AddAddress(Admin, Key("k2"), Redmond with { Description = new string('x', 201) }));

        Assert.True(ok.IsSuccess);
        Assert.Equal(new Error("emergency.address_field_too_long", "Description", 200), tooLong.Error);
    }

    [Fact]
    public async Task AddAddress_CountryWithoutData_IsSavedNotValidated_AndSaysToOpenAServiceRequest()
    {
        await using var services = CoreServices.Create(redis);

        var outcome = (await Service(services).AddAddressAsync(new AddAddress(Admin, Key("k1"),
            new AddressFields("Contoso", "NG", "100", StreetName: "Broad Street", City: "Lagos", Latitude: "6.45", Longitude: "3.39")))).Value;

        Assert.Equal(ValidationStatus.NotValidated, outcome.Address.Status);
        Assert.Equal("emergency.next.open_service_request", outcome.NextStep!.Code);
        Assert.Contains("service request", outcome.NextStep.Describe(Language.English), StringComparison.Ordinal);
        Assert.Contains("demande de service", outcome.NextStep.Describe(Language.French), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAddress_InvalidUsAddress_IsSavedInvalid_AndSaysToSendAValidationRequest()
    {
        await using var services = CoreServices.Create(redis);

        var outcome = (await Service(services).AddAddressAsync(new AddAddress(Admin, Key("k1"), Redmond with { PostalCode = "75201" }))).Value;

        Assert.Equal(ValidationStatus.Invalid, outcome.Address.Status);
        Assert.Equal("emergency.problem.postal_code_city_mismatch", Assert.Single(outcome.Problems).Code);
        Assert.Equal("emergency.next.send_validation_request", outcome.NextStep!.Code);
    }

    [Fact]
    public async Task AddAddress_NonAdmin_IsRefusedAndNothingIsStored()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);

        var outcome = await emergency.AddAddressAsync(new AddAddress(Helpdesk, Key("k1"), Redmond));

        Assert.Equal("auth.admin_required", outcome.Error!.Code);
        Assert.Empty((await emergency.ListAddressesAsync(Admin)).Value);
    }

    [Fact]
    public async Task AddAddress_ReplayedKey_ReturnsTheFirstResult_OneAddressOneAudit()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);

        var first = await emergency.AddAddressAsync(new AddAddress(Admin, Key("same"), Redmond));
        var replay = await emergency.AddAddressAsync(new AddAddress(Admin, Key("same"), Redmond with { City = "Seattle" }));

        Assert.Equal(first.Value.Address.Id, replay.Value.Address.Id);
        Assert.Equal("Redmond", replay.Value.Address.City);
        Assert.Single((await emergency.ListAddressesAsync(Admin)).Value);
        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Single(audit, e => e.Action == AuditActions.Emergency.AddressAdd);
    }

    [Fact]
    public async Task ValidateAddress_AlreadyValidated_IsRefused_NotValidated_StaysSo()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);
        var valid = await AddAsync(emergency, Redmond, "a1");
        var nigeria = await AddAsync(emergency, new AddressFields("Contoso", "NG", "1", StreetName: "Broad Street", City: "Lagos", Latitude: "6.45", Longitude: "3.39"), "a2");

        var again = await emergency.ValidateAddressAsync(new ValidateAddress(Admin, Key("v1"), valid.Id));
        var manual = await emergency.ValidateAddressAsync(new ValidateAddress(Admin, Key("v2"), nigeria.Id));
        var missing = await emergency.ValidateAddressAsync(new ValidateAddress(Admin, Key("v3"), "nope"));

        Assert.Equal("emergency.address_already_validated", again.Error!.Code);
        Assert.Equal(ValidationStatus.NotValidated, manual.Value.Address.Status);
        Assert.Equal("emergency.address_not_found", missing.Error!.Code);
    }

    [Fact]
    public async Task EditAddress_InvalidUsAddress_IsFixedAndValidated_ThenBecomesImmutable()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);
        var invalid = await AddAsync(emergency, Redmond with { PostalCode = "75201" });

        var fixedUp = await emergency.EditAddressAsync(new EditAddress(Admin, Key("e1"), invalid.Id, Redmond));
        var locked = await emergency.EditAddressAsync(new EditAddress(Admin, Key("e2"), invalid.Id, Redmond with { HouseNumber = "2" }));

        Assert.Equal(ValidationStatus.Validated, fixedUp.Value.Address.Status);
        Assert.Equal(invalid.DefaultLocation, fixedUp.Value.Address.DefaultLocation);
        Assert.Equal("emergency.address_validated_immutable", locked.Error!.Code);
        Assert.Equal("1", (await emergency.GetAddressAsync(Admin, invalid.Id)).Value.HouseNumber);
    }

    [Fact]
    public async Task EditAddress_CountryOutsideTheSetCsOnlineLisCivicAddressList_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);
        var paris = await AddAsync(emergency, new AddressFields("Contoso", "FR", "1", StreetName: "Rue de Rivoli", City: "Paris", PostalCode: "75001X",
            Latitude: "48.86", Longitude: "2.34"));
        Assert.Equal(ValidationStatus.Invalid, paris.Status);

        var edit = await emergency.EditAddressAsync(new EditAddress(Admin, Key("e1"), paris.Id, AddressFields.From(paris) with { PostalCode = "75001" }));

        Assert.Equal(new Error("emergency.address_edit_country_unsupported", "FR"), edit.Error);
    }

    [Fact]
    public async Task DeleteAddress_UsedByANumber_IsRefused_OnceFreed_IsDeleted()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);
        var address = await AddAsync(emergency, Redmond);
        var number = new PhoneNumber("+14252000001", "US", "WA", "Redmond", NumberType.UserSubscriber, NumberSource.Acquired, DateTimeOffset.UtcNow, LocationId: address.DefaultLocation.Id);
        await TenantSeed.PutAsync(services, Tenant, NumberCollections.Numbers, (number.Number, number));

        var refused = await emergency.DeleteAddressAsync(new DeleteAddress(Admin, Key("d1"), address.Id));
        await TenantSeed.PutAsync(services, Tenant, NumberCollections.Numbers, (number.Number, number with { LocationId = null }));
        var deleted = await emergency.DeleteAddressAsync(new DeleteAddress(Admin, Key("d2"), address.Id));

        Assert.Equal(new Error("emergency.address_in_use", address.OneLine(), 1), refused.Error);
        Assert.Equal(new AddressDeleted(address.Id, 1), deleted.Value);
        Assert.Null(await TenantSeed.GetAsync(services, Tenant, EmergencyCollections.Addresses, address.Id));
    }

    [Fact]
    public async Task Locations_AddRemove_FollowTheRules()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);
        var address = await AddAsync(emergency, Redmond);

        var office = (await emergency.AddLocationAsync(new AddLocation(Admin, Key("l1"), address.Id, " Office 101,  1st Floor ", "ELIN1"))).Value.Location;
        var duplicate = await emergency.AddLocationAsync(new AddLocation(Admin, Key("l2"), address.Id, "office 101, 1st floor"));
        var blank = await emergency.AddLocationAsync(new AddLocation(Admin, Key("l3"), address.Id, "  "));
        var defaultRemoval = await emergency.RemoveLocationAsync(new RemoveLocation(Admin, Key("r1"), address.Id, address.DefaultLocation.Id));
        var number = new PhoneNumber("+14252000001", "US", "WA", "Redmond", NumberType.UserSubscriber, NumberSource.Acquired, DateTimeOffset.UtcNow, LocationId: office.Id);
        await TenantSeed.PutAsync(services, Tenant, NumberCollections.Numbers, (number.Number, number));
        var inUse = await emergency.RemoveLocationAsync(new RemoveLocation(Admin, Key("r2"), address.Id, office.Id));
        var where = (await emergency.WhereIsAsync(Helpdesk, office.Id)).Value;
        await TenantSeed.PutAsync(services, Tenant, NumberCollections.Numbers, (number.Number, number with { LocationId = null }));
        var removed = await emergency.RemoveLocationAsync(new RemoveLocation(Admin, Key("r3"), address.Id, office.Id));

        Assert.Equal(("Office 101, 1st Floor", "ELIN1", false), (office.Name, office.Elin, office.IsDefault));
        Assert.Equal("emergency.location_name_duplicate", duplicate.Error!.Code);
        Assert.Equal("emergency.location_name_required", blank.Error!.Code);
        Assert.Equal("emergency.location_is_default", defaultRemoval.Error!.Code);
        Assert.Equal(new Error("emergency.location_in_use", "Office 101, 1st Floor", 1), inUse.Error);
        Assert.Equal((address.Id, office), (where.Address.Id, where.Location));
        Assert.Equal([address.DefaultLocation], removed.Value.Locations);
    }

    [Fact]
    public async Task Queries_FilterByStatus_FindByCity_AndRefuseUsers()
    {
        await using var services = CoreServices.Create(redis);
        var emergency = Service(services);
        await AddAsync(emergency, Redmond, "a1");
        await AddAsync(emergency, Redmond with { City = "Seattle", PostalCode = "98101" }, "a2");
        await AddAsync(emergency, Redmond with { PostalCode = "75201" }, "a3");
        var user = new Actor(Tenant, "u-1", "Alex", Role.User);

        Assert.Equal(2, (await emergency.ListAddressesAsync(Helpdesk, ValidationStatus.Validated)).Value.Count);
        Assert.Single((await emergency.ListAddressesAsync(Helpdesk, ValidationStatus.Invalid)).Value);
        Assert.Equal(["Seattle"], (await emergency.FindByCityAsync(Helpdesk, "seat")).Value.Select(a => a.City));
        Assert.Equal(2, (await emergency.FindByCityAsync(Helpdesk, "REDMOND")).Value.Count);
        Assert.Equal("emergency.city_text_required", (await emergency.FindByCityAsync(Helpdesk, " ")).Error!.Code);
        Assert.Equal("auth.helpdesk_required", (await emergency.ListAddressesAsync(user)).Error!.Code);
        Assert.Equal("emergency.location_not_found", (await emergency.WhereIsAsync(Helpdesk, "nope")).Error!.Code);
    }
}
