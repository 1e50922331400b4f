using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>The conferencing bridge: show, rename by sentence, settings by the Edit form, take a dedicated number off; the bridge itself stays.</summary>
public sealed partial class ServicesObjectConversationTests
{
    private const string Dedicated = "+12065550150";

    [Theory]
    [InlineData("en-US", "rename the conferencing bridge to Contoso Meetings", "remove +12065550150 from the conferencing bridge", "PIN length", "Contoso Meetings",
        "is off the conferencing bridge", "can’t be removed")]
    [InlineData("fr-FR", "renomme le pont de conférence en Réunions Contoso", "retire le +12065550150 du pont de conférence", "Longueur du code PIN (chiffres)", "Réunions Contoso",
        "est retiré du pont de conférence", "ne peut pas être supprimé")]
    public async Task Bridge_ShowRenameEditUnassign_GoesThroughPlansAndConfirm(
        string locale, string rename, string unassign, string pinLabel, string newName, string unassigned, string notRemovable)
    {
        var bridge = await BridgeAsync();
        var pinLength = (await Phone.Conferencing.GetSettingsAsync(TenantAdmin)).Value.PinLength;

        var card = Shown(await ClickAsync(Boss, Object("ShowObject", "ConferenceBridge", bridge.Id), locale));
        var renamePlan = await SayAsync(Boss, rename, locale);
        await ConfirmAsync(Boss, renamePlan, locale);
        var renamed = (await Phone.Conferencing.GetBridgeAsync(TenantAdmin)).Value.Bridge.Name;

        var form = await ClickAsync(Boss, ButtonData(await ClickAsync(Boss, Object("ShowObject", "ConferenceBridge", bridge.Id), locale), "ChangeObject"), locale);
        var formPlan = await ClickAsync(Boss, Submit(form, "bridge.edit", ("svcPinLength", "7"), ("svcAnnouncements", "false")), locale);
        await ConfirmAsync(Boss, formPlan, locale);
        var settings = (await Phone.Conferencing.GetSettingsAsync(TenantAdmin)).Value;
        var again = Shown(await ClickAsync(Boss, Object("ShowObject", "ConferenceBridge", bridge.Id), locale));

        var unassignPlan = await SayAsync(Boss, unassign, locale);
        var unassignDone = Shown(await ConfirmAsync(Boss, unassignPlan, locale));
        var refused = Shown(await ClickAsync(Boss, Object("RemoveObject", "ConferenceBridge", bridge.Id), locale));

        Assert.Contains(pinLabel, card, StringComparison.Ordinal);
        Assert.Contains("+13125550140", card, StringComparison.Ordinal);
        Assert.Contains(Dedicated, card, StringComparison.Ordinal);
        Assert.Contains("ChangeObject", card, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(renamePlan), StringComparison.Ordinal);
        Assert.Equal(newName, renamed);
        Assert.Contains("plan.confirm", Shown(formPlan), StringComparison.Ordinal);
        Assert.Equal(7, settings.PinLength);
        Assert.False(settings.EnableEntryExitNotifications);
        Assert.Contains(newName, again, StringComparison.Ordinal);
        Assert.Contains(unassigned, unassignDone, StringComparison.Ordinal);
        Assert.Null((await Phone.Conferencing.GetBridgeAsync(TenantAdmin)).Value.Bridge.Find(Dedicated));
        Assert.Contains(notRemovable, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", refused, StringComparison.Ordinal);

        // Undo, said twice: the dedicated number goes back on the bridge, then the settings the form changed.
        var undoSentence = locale == "fr-FR" ? "annule la dernière modification" : "undo the last change";
        var undone = Shown(await ConfirmAsync(Boss, await SayAsync(Boss, undoSentence, locale), locale));
        var undoneAgain = Shown(await ConfirmAsync(Boss, await SayAsync(Boss, undoSentence, locale), locale));
        Assert.Contains(locale == "fr-FR" ? "Annulé." : "Undone.", undone, StringComparison.Ordinal);
        Assert.Contains(locale == "fr-FR" ? "Annulé." : "Undone.", undoneAgain, StringComparison.Ordinal);
        Assert.NotNull((await Phone.Conferencing.GetBridgeAsync(TenantAdmin)).Value.Bridge.Find(Dedicated));
        var restored = (await Phone.Conferencing.GetSettingsAsync(TenantAdmin)).Value;
        Assert.Equal(pinLength, restored.PinLength);
        Assert.True(restored.EnableEntryExitNotifications);
        Assert.Equal(newName, (await Phone.Conferencing.GetBridgeAsync(TenantAdmin)).Value.Bridge.Name);
    }

    [Fact]
    public async Task Bridge_TakingOffASharedNumber_IsRefusedWithTheReason_AndARenamePlanConfirmedAfterAChange_IsRefused()
    {
        var bridge = await BridgeAsync();

        var shared = Shown(await SayAsync(Boss, "remove +13125550140 from the conferencing bridge"));
        var plan = await SayAsync(Boss, "rename the conferencing bridge to Later");
        Assert.True((await Phone.Conferencing.RenameBridgeAsync(new RenameBridge(TenantAdmin, IdempotencyKey.New(), "Renamed elsewhere"))).IsSuccess);
        var confirmed = Shown(await ConfirmAsync(Boss, plan));

        Assert.DoesNotContain("plan.confirm", shared, StringComparison.Ordinal);
        Assert.Contains("+13125550140", shared, StringComparison.Ordinal);
        Assert.Contains("changed since this plan", confirmed, StringComparison.Ordinal);
        Assert.Equal("Renamed elsewhere", (await Phone.Conferencing.GetBridgeAsync(TenantAdmin)).Value.Bridge.Name);
        Assert.NotNull(bridge);
    }

    [Fact]
    public async Task Bridge_Helpdesk_SeesItWithoutEdit_AndIsRefusedTheChange_AndAUserIsRefusedTheCard()
    {
        var bridge = await BridgeAsync();

        var card = Shown(await ClickAsync(Helper, Object("ShowObject", "ConferenceBridge", bridge.Id)));
        var change = Shown(await SayAsync(Helper, "rename the conferencing bridge to Mine"));
        var user = Shown(await ClickAsync(Worker, Object("ShowObject", "ConferenceBridge", bridge.Id)));

        Assert.Contains("+13125550140", card, StringComparison.Ordinal);
        Assert.DoesNotContain("ChangeObject", card, StringComparison.Ordinal);
        Assert.Contains("Only an admin can do this.", change, StringComparison.Ordinal);
        Assert.Contains("Only helpdesk staff or an admin can do this.", user, StringComparison.Ordinal);
        Assert.DoesNotContain("+13125550140", user, StringComparison.Ordinal);
        Assert.Equal(ConferenceBridge.DefaultName, (await Phone.Conferencing.GetBridgeAsync(TenantAdmin)).Value.Bridge.Name);
    }

    // Audio conferencing on (the US shared numbers), and a dedicated toll number of the inventory on the bridge.
    private async Task<ConferenceBridge> BridgeAsync()
    {
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(TenantAdmin, IdempotencyKey.New(), Sku.AudioConferencing, 5))).IsSuccess);
        Assert.True((await Phone.Conferencing.EnableAsync(new EnableConferencing(TenantAdmin, IdempotencyKey.New(), "US"))).IsSuccess);
        await TenantSeed.PutAsync(Factory.Services, _tenant, NumberCollections.Numbers,
            (Dedicated, new PhoneNumber(Dedicated, "US", "WA", "Seattle", NumberType.ConferenceToll, NumberSource.Acquired, DateTimeOffset.UtcNow)));
        var assigned = await Phone.Conferencing.AssignNumberAsync(new AssignBridgeNumber(TenantAdmin, IdempotencyKey.New(), Dedicated));
        Assert.True(assigned.IsSuccess, assigned.Error?.Code);
        return assigned.Value;
    }
}
