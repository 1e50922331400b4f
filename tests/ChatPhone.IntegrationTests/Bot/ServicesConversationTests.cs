using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// Bulk licenses, audio conferencing, resource accounts and service numbers, credits and the audit trail by
/// chat through <c>POST /api/messages</c>, in English and French: plan card, confirm (applied once), result.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed partial class ServicesConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private async Task BuyAsync(Sku sku, int quantity) =>
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), sku, quantity))).IsSuccess);

    private async Task SetCardAsync() =>
        Assert.True((await Phone.Credits.SetPaymentMethodAsync(new SetPaymentMethod(Admin, IdempotencyKey.New(), PaymentMethod.Card("4242", 2030, 12)))).IsSuccess);

    private async Task<string> AcquireAsync(NumberType type)
    {
        var search = await Phone.NumberOrders.SearchAsync(new SearchNumbers(Admin, IdempotencyKey.New(), "US", type, 1, new NumberPlace("WA", "Seattle")));
        Assert.True(search.IsSuccess, search.IsSuccess ? null : search.Error.Code);
        var order = await Phone.NumberOrders.AcquireAsync(new AcquireNumbers(Admin, IdempotencyKey.New(), search.Value.Id));
        Assert.True(order.IsSuccess, order.IsSuccess ? null : order.Error.Code);
        return Assert.Single(order.Value.Acquired ?? []);
    }

    private async Task<IReadOnlyList<JObject>> ConfirmAsync(IReadOnlyList<JObject> plan) =>
        await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));
}
