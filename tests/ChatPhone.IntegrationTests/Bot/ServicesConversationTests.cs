using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// Bulk licenses, audio conferencing, resource accounts and service numbers, credits and the audit trail by
/// chat through <c>POST /api/messages</c>, in English and French: plan card, confirm (applied once), result.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed partial class ServicesConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Camille = BotFactory.Camille;
    private const string Priya = BotFactory.Priya;
    private static readonly TenantId Demo = TenantId.Parse("demo");
    private static readonly Actor Admin = new(Demo, Megan, "Megan Bowen", Role.Admin);
    private BotFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(redis);
        _client = await _factory.ReadyClientAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private PhoneSystem Phone => _factory.Services.GetRequiredService<PhoneSystem>();

    // ---- helpers ----

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
        await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

    /// <summary>Everything the turn returned, the invoke response's replacement card included.</summary>
}
