using ChatPhone.Core.Licensing;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>Bulk license assignment by chat.</summary>
public sealed partial class ServicesConversationTests
{
    [Fact]
    public async Task BulkLicenses_ListsWhoIsSkipped_AndAssignsTheOthersOnce_OnConfirm()
    {
        await BuyAsync(Sku.PhoneSystem, 10);
        await BuyAsync(Sku.DomesticCallingPlan, 10);
        var refused = await SendAsync(Client, Message(Alex, "assign Phone System and a domestic calling plan to alex, sam and zoe"));
        var plan = await SendAsync(Client, Message(Megan, "assign Phone System and a domestic calling plan to alex, sam and zoe"));

        var first = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Sam Taylor", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("will be skipped", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("zoe", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Licenses assigned — done: 2, refused: 0.", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        var phoneSystem = (await Phone.Licensing.SubscriptionsAsync(Demo)).Single(s => s.Sku == Sku.PhoneSystem);
        Assert.Equal(2, phoneSystem.Consumed);
    }

    [Fact]
    public async Task BulkLicenses_InFrench_AssignsAndReportsPerPerson()
    {
        await BuyAsync(Sku.PhoneSystem, 10);
        var plan = await SendAsync(Client, Message(Camille, "attribue Phone System à Alex, Sam et Lucas", "conv-bulk-fr", locale: "fr-FR"));

        var done = await SendAsync(Client, Invoke(Camille, ConfirmData(plan), "conv-bulk-fr", "fr-FR"));

        Assert.Contains("Lucas Bernard", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Licences attribuées — faites : 3, refusées : 0.", Shown(done), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkLicenses_WithoutEnoughLicenses_ReportsTheRefusalsPerPerson()
    {
        await BuyAsync(Sku.PhoneSystem, 1);
        var plan = await SendAsync(Client, Message(Megan, "assign Phone System to alex and sam"));

        var done = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("done: 1, refused: 1.", Shown(done), StringComparison.Ordinal);
    }
}
