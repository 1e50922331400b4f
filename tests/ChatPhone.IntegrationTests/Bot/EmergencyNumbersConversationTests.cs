using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>Emergency addresses and the number inventory by chat, in English and French, with forms, plan cards and clicks.</summary>
[Collection(RedisCollection.Name)]
public sealed partial class EmergencyNumbersConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private async Task<CivicAddress> SeedAddressAsync()
    {
        var address = await Phone.Emergency.AddAddressAsync(new AddAddress(Admin, IdempotencyKey.New(), new AddressFields(
            "Contoso", "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052")));
        Assert.True(address.Value.Address.IsValidated);
        return address.Value.Address;
    }

    private async Task<IReadOnlyList<string>> SeedNumbersAsync(int count)
    {
        var address = await SeedAddressAsync();
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 20))).IsSuccess);
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.DomesticCallingPlan, 20))).IsSuccess);
        var order = await Phone.NumberOrders.SearchAsync(new SearchNumbers(
            Admin, IdempotencyKey.New(), "US", NumberType.UserSubscriber, count, new NumberPlace("WA", "Seattle"), address.Id));
        Assert.True(order.IsSuccess, order.Error?.Code);
        var acquired = await Phone.NumberOrders.AcquireAsync(new AcquireNumbers(Admin, IdempotencyKey.New(), order.Value.Id));
        Assert.True(acquired.IsSuccess, acquired.Error?.Code);
        return acquired.Value.Acquired!;
    }

    private async Task AssignToAlexAsync(string number)
    {
        await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(Alex), [Sku.PhoneSystem, Sku.DomesticCallingPlan]));
        var assigned = await Phone.NumberAssignment.AssignAsync(new AssignNumber(Admin, IdempotencyKey.New(), number, UserId.Parse(Alex)));
        Assert.True(assigned.IsSuccess, assigned.Error?.Code);
    }

    private async Task<NumberAssignment?> HolderAsync(string number) =>
        (await Phone.Numbers.ListAsync(Admin, new NumberFilter())).Value.Items.Single(n => n.Number == number).Assignment;

    private static string? InputValue(JObject card, string id) =>
        (string?)card.SelectTokens("$..[?(@.id)]").OfType<JObject>().First(e => (string?)e["id"] == id)["value"];

    /// <summary>The form's submit data with every input's current value merged in, as Teams sends it.</summary>
    private static JObject Submitted(IReadOnlyList<JObject> form) =>
        WithInputs(CardOf(form), ActionData(form, "emergency.address.submit"));
}
