using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Licensing;

/// <summary>
/// One sentence buying several licenses, each with its own count, through <c>POST /api/messages</c> in English and French:
/// one plan card listing each, Confirm buys them all as one change (a Calling Plan with the Phone System bought beside
/// it), confirming twice buys once, and Undo takes the whole purchase back.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class BuySeveralLicensesConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    [Theory]
    [InlineData("en-US", "buy 5 Teams Phone and 3 calling plans", "Teams Phone Standard (MCOEV)", "Domestic Calling Plan (MCOPSTN1)", "undo the last change", "Undone.")]
    [InlineData("fr-FR", "achète cinq licences Teams Phone et trois forfaits d'appels", "Teams Phone Standard (MCOEV)", "Forfait d’appels nationaux (MCOPSTN1)", "annule la dernière modification", "Annulé.")]
    public async Task SeveralLicensesWithTheirCounts_AreOnePlan_BoughtTogetherOnce_AndUndoneTogether(
        string locale, string text, string phoneSystem, string callingPlan, string undoSentence, string undone)
    {
        var admin = locale == "fr-FR" ? Camille : Megan;

        var plan = await SendAsync(Client, Message(admin, text, "buy-set", locale: locale));
        var first = Shown(await SendAsync(Client, Invoke(admin, ConfirmData(plan), "buy-set", locale)));
        var second = Shown(await SendAsync(Client, Invoke(admin, ConfirmData(plan), "buy-set", locale)));
        var bought = await SubscriptionsAsync();
        var undo = await SendAsync(Client, Message(admin, undoSentence, "buy-set", locale: locale));
        var taken = Shown(await SendAsync(Client, Invoke(admin, ConfirmData(undo), "buy-set", locale)));

        Assert.Contains($"{{\"title\":\"{phoneSystem}\",\"value\":\"5\"}}", Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"{{\"title\":\"{callingPlan}\",\"value\":\"3\"}}", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(phoneSystem, first, StringComparison.Ordinal);
        Assert.Contains(callingPlan, first, StringComparison.Ordinal);
        Assert.DoesNotContain(callingPlan, second, StringComparison.Ordinal);
        Assert.Equal((5, 3), (bought[Sku.PhoneSystem], bought[Sku.DomesticCallingPlan]));
        Assert.Contains(undone, taken, StringComparison.Ordinal);
        var after = await SubscriptionsAsync();
        Assert.Equal((0, 0), (after.GetValueOrDefault(Sku.PhoneSystem), after.GetValueOrDefault(Sku.DomesticCallingPlan)));
    }

    [Fact]
    public async Task ACallingPlanWithoutAnyPhoneSystem_BoughtWithAnotherLicense_IsRefusedAndBuysNothing()
    {
        var plan = await SendAsync(Client, Message(Megan, "buy 4 calling plans and 2 audio conferencing licenses", "buy-set-refused"));
        var refused = Shown(await SendAsync(Client, Invoke(Megan, ConfirmData(plan), "buy-set-refused")));

        Assert.Contains("Phone System", refused, StringComparison.Ordinal);
        Assert.DoesNotContain(await SubscriptionsAsync(), s => s.Value > 0);
    }

    private async Task<Dictionary<Sku, int>> SubscriptionsAsync() =>
        (await Phone.Licensing.SubscriptionsAsync(Demo)).ToDictionary(s => s.Sku, s => s.Purchased);
}
