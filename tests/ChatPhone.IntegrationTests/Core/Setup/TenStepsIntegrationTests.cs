using ChatPhone.Core;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatPhone.IntegrationTests.Core.Setup;

/// <summary>One admin sets up the whole phone system through the one core service, step by step, as the guide does.</summary>
[Collection(RedisCollection.Name)]
public sealed class TenStepsIntegrationTests(RedisServerFixture redis, ITestOutputHelper output)
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly Actor Admin = TenantSeed.Admin(Tenant);

    [Fact]
    public async Task AnAdmin_CompletesTheTenSteps_AndEveryStepTurnsDone_WithNoBrokenRule()
    {
        await using var services = CoreServices.Create(redis);
        var phone = services.GetRequiredService<PhoneSystem>();
        await TenantSeed.PeopleAsync(services, Tenant,
            ("id-alex", "alex@contoso.com", "Alex Wilber", "US", "user"), ("id-sam", "sam@contoso.com", "Sam Taylor", "US", "user"));
        await StepAsync(phone, SetupStepKind.Availability, StepStatus.Done);

        // Step 2: licenses.
        Ok(await phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.PhoneSystem, 10)));
        Ok(await phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.DomesticCallingPlan, 10)));
        Ok(await phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.AudioConferencing, 5)));
        Ok(await phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.ResourceAccount, 5)));
        var bulk = Ok(await phone.Licensing.AssignInBulkAsync(new AssignLicensesInBulk(
            Admin, Key(), ["id-alex", "id-sam"], [Sku.PhoneSystem, Sku.DomesticCallingPlan, Sku.AudioConferencing])));
        Assert.Equal(2, bulk.Succeeded);
        await StepAsync(phone, SetupStepKind.Licenses, StepStatus.Done);

        // Step 10 early (toll-free needs it): fund Communications Credits.
        Ok(await phone.Credits.SetPaymentMethodAsync(new SetPaymentMethod(Admin, Key(), PaymentMethod.Card("4242", 2030, 12))));
        Ok(await phone.Credits.AddFundsAsync(new AddFunds(Admin, Key(), 50m)));

        // Step 5 first half: a validated emergency address.
        var address = Ok(await phone.Emergency.AddAddressAsync(new AddAddress(Admin, Key(), new AddressFields(
            "Contoso", "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052"))));
        Assert.True(address.Address.IsValidated, string.Join(", ", address.Address.Corrections));
        var location = address.Address.DefaultLocation.Id;

        // Step 3: user numbers, searched, reserved and acquired.
        var userOrder = Ok(await phone.NumberOrders.SearchAsync(new SearchNumbers(
            Admin, Key(), "US", NumberType.UserSubscriber, 2, new NumberPlace("WA", "Seattle"), address.Address.Id)));
        Assert.Equal(OrderStatus.Reserved, userOrder.Status);
        Ok(await phone.NumberOrders.AcquireAsync(new AcquireNumbers(Admin, Key(), userOrder.Id)));
        await StepAsync(phone, SetupStepKind.UserNumbers, StepStatus.Done);

        // Step 5 second half: assign a number.
        Ok(await phone.NumberAssignment.AssignAsync(new AssignNumber(Admin, Key(), userOrder.Numbers[0].Number, UserId.Parse("id-alex"), LocationId: location)));
        await StepAsync(phone, SetupStepKind.EmergencyAndAssignment, StepStatus.Done);
        Assert.Equal(userOrder.Numbers[0].Number, Assert.Single((await phone.MyNumbers.RunAsync(Admin with { UserId = "id-alex", Role = Role.User })).Value).Number.Value);

        // Step 4: service numbers for the bridge and a call queue.
        var conference = await AcquireOneAsync(phone, NumberType.ConferenceToll, address.Address.Id);
        var queueNumber = await AcquireOneAsync(phone, NumberType.CallQueueTollFree, address.Address.Id);
        await StepAsync(phone, SetupStepKind.ServiceNumbers, StepStatus.Done);

        // Step 6: audio conferencing.
        Ok(await phone.Conferencing.EnableAsync(new EnableConferencing(Admin, Key(), "US")));
        Ok(await phone.Conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, Key(), conference, MakeDefault: true)));
        Ok(await phone.Conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, Key(), UserId.Parse("id-alex"))));
        await StepAsync(phone, SetupStepKind.AudioConferencing, StepStatus.Done);

        // Steps 7, 8, 9: a call queue and an auto attendant, each with a licensed resource account.
        var queue = Ok(await phone.CallQueues.CreateAsync(new CreateCallQueue(Admin, Key(), new CallQueueSettings { Name = "Sales", Users = ["id-alex", "id-sam"] }))).Queue;
        var attendant = Ok(await phone.AutoAttendants.CreateAsync(new CreateAutoAttendant(Admin, Key(), new AutoAttendantSettings
        {
            Name = "Main line", LanguageId = "en-US", TimeZoneId = "Pacific Standard Time", DefaultFlow = CallFlow.Disconnect("Default"),
        }))).Attendant;
        var queueAccount = await ResourceAccountAsync(phone, "sales-cq@contoso.com", ResourceAccountKind.CallQueue);
        var attendantAccount = await ResourceAccountAsync(phone, "main-aa@contoso.com", ResourceAccountKind.AutoAttendant);
        Ok(await phone.ResourceAccounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, Key(), queueAccount.Id, queueNumber)));
        Ok(await phone.Associations.AssociateAsync(new AssociateResourceAccount(Admin, Key(), queueAccount.Id, queue.Id)));
        Ok(await phone.Associations.AssociateAsync(new AssociateResourceAccount(Admin, Key(), attendantAccount.Id, attendant.Id)));

        var checklist = Ok(await phone.Setup.ChecklistAsync(Admin));
        foreach (var step in checklist)
        {
            output.WriteLine($"{(int)step.Step,2} {step.Step,-24} {step.Status,-8} {step.Reason.Describe(Language.English)}");
        }

        Assert.All(checklist, s => Assert.Equal(StepStatus.Done, s.Status));
        Assert.Empty(await services.GetRequiredService<InvariantChecker>().CheckAsync(Tenant));
    }

    private static async Task<string> AcquireOneAsync(PhoneSystem phone, NumberType type, string addressId)
    {
        var place = type.IsTollFree() ? new NumberPlace(null, null, AreaCode: "800") : new NumberPlace("WA", "Seattle");
        var order = Ok(await phone.NumberOrders.SearchAsync(new SearchNumbers(Admin, Key(), "US", type, 1, place, addressId)));
        Assert.Equal(OrderStatus.Reserved, order.Status);
        Ok(await phone.NumberOrders.AcquireAsync(new AcquireNumbers(Admin, Key(), order.Id)));
        return order.Numbers[0].Number;
    }

    private static async Task<ResourceAccount> ResourceAccountAsync(PhoneSystem phone, string upn, ResourceAccountKind kind)
    {
        var account = Ok(await phone.ResourceAccounts.CreateAsync(new CreateResourceAccount(Admin, Key(), upn, upn.Split('@')[0], kind)));
        return Ok(await phone.ResourceAccounts.LicenseAsync(new LicenseResourceAccount(Admin, Key(), account.Id, Sku.ResourceAccount)));
    }

    private static async Task StepAsync(PhoneSystem phone, SetupStepKind step, StepStatus expected)
    {
        var found = Ok(await phone.Setup.ChecklistAsync(Admin)).Single(s => s.Step == step);
        Assert.True(found.Status == expected, $"{step}: {found.Status} ({found.Reason.Describe(Language.English)})");
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code + " " + string.Join("|", result.Error?.Args ?? []));
        return result.Value;
    }

    private static IdempotencyKey Key() => IdempotencyKey.New();
}
