using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Licensing;

/// <summary>"what licenses do we have?" through <c>POST /api/messages</c>: the subscriptions card, in English and French.</summary>
[Collection(RedisCollection.Name)]
public sealed class LicenseListConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    [Fact]
    public async Task ListLicenses_AfterBuyingAndAssigningSome_ShowsPurchasedAssignedAndAvailablePerSku()
    {
        await BuyAsync(Sku.PhoneSystem, 10);
        await BuyAsync(Sku.ResourceAccount, 3);
        foreach (var person in new[] { Alex, Sam })
        {
            Assert.True((await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(person), [Sku.PhoneSystem]))).IsSuccess);
        }

        var english = Shown(await SendAsync(Client, Message(Megan, "what licenses do we have?")));
        var helpdesk = Shown(await SendAsync(Client, Message(Priya, "how many Teams Phone licenses are left?")));
        var french = Shown(await SendAsync(Client, Message(Camille, "quelles licences avons-nous ?", "conv-lic-fr", locale: "fr-FR")));

        Assert.Contains("Licenses of the organisation", english, StringComparison.Ordinal);
        Assert.Contains("Teams Phone Standard (MCOEV)", english, StringComparison.Ordinal);
        Assert.Contains("10 purchased, 2 assigned, 8 available", english, StringComparison.Ordinal);
        Assert.Contains("Teams Phone Resource Account", english, StringComparison.Ordinal);
        Assert.Contains("3 purchased, 0 assigned, 3 available", english, StringComparison.Ordinal);
        Assert.Contains("10 purchased, 2 assigned, 8 available", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("Resource Account", helpdesk, StringComparison.Ordinal);
        Assert.Contains("Licences de l’organisation", french, StringComparison.Ordinal);
        Assert.Contains("achetées : 10, attribuées : 2, disponibles : 8", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListLicenses_BeforeAnyPurchase_SaysNoneWereBought_AndAUserIsRefused()
    {
        var empty = Shown(await SendAsync(Client, Message(Megan, "what licenses do we have?")));
        var refused = Shown(await SendAsync(Client, Message(Alex, "what licenses do we have?", "conv-lic-user")));

        Assert.Contains("No license has been bought yet.", empty, StringComparison.Ordinal);
        Assert.Contains(new Error("auth.helpdesk_required").Describe(Language.English), refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Licenses of the organisation", refused, StringComparison.Ordinal);
    }

    private async Task BuyAsync(Sku sku, int quantity) =>
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), sku, quantity))).IsSuccess);
}
