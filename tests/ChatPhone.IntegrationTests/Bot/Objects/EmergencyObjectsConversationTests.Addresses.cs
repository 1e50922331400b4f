using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

public sealed partial class EmergencyObjectsConversationTests
{
    [Theory]
    [InlineData("en-US", "show the emergency address Contoso Draft", "change the postal code of Contoso Draft to 98052", "75201 → 98052", "Emergency address Contoso Draft changed", "delete the emergency address Contoso Draft", "Delete the emergency address Contoso Draft")]
    [InlineData("fr-FR", "montre l'adresse d'urgence Contoso Draft", "change le code postal de l'adresse Contoso Draft en 98052", "75201 → 98052", "Adresse d’urgence Contoso Draft modifiée", "supprime l'adresse d'urgence Contoso Draft", "Supprimer l’adresse d’urgence Contoso Draft")]
    public async Task AnAddress_IsShown_ChangedBySentence_ShownChanged_ThenRemoved(string locale, string show, string change, string oldNew, string changed, string remove, string removeTitle)
    {
        var world = await WorldAsync();

        var card = await SayAsync(world, Boss, show, locale);
        var plan = await SayAsync(world, Boss, change, locale);
        var done = Shown(await ConfirmAsync(world, Boss, plan, locale));
        var again = Shown(await SayAsync(world, Boss, show, locale));
        var removal = await SayAsync(world, Boss, remove, locale);
        var removed = Shown(await ConfirmAsync(world, Boss, removal, locale));

        Assert.Contains("75201", Shown(card), StringComparison.Ordinal);
        Assert.Contains("Microsoft Way", Shown(card), StringComparison.Ordinal);
        Assert.True(HasObjectButton(card, "ChangeObject") && HasObjectButton(card, "RemoveObject"));
        Assert.Contains(oldNew, Shown(plan), StringComparison.Ordinal);
        Assert.Contains(changed, done, StringComparison.Ordinal);
        Assert.Contains("98052", again, StringComparison.Ordinal);
        Assert.Contains(removeTitle, Shown(removal), StringComparison.Ordinal);
        Assert.Contains("Contoso Draft", removed, StringComparison.Ordinal);
        Assert.Null(await StoredAsync(world, world.Draft.Id));
        var left = (await Phone.Emergency.ListAddressesAsync(TenantSeed.Admin(world.Tenant))).Value;
        Assert.Equal(3, left.Count);

        var undo = await SayAsync(world, Boss, locale == "fr-FR" ? "annule la dernière modification" : "undo the last change", locale);
        await ConfirmAsync(world, Boss, undo, locale);
        Assert.Equal("98052", (await StoredAsync(world, world.Draft.Id))!.PostalCode);
    }

    [Fact]
    public async Task TheEditButton_SendsTheFormPrefilled_AndItsSubmitGoesToThePlanThenConfirm()
    {
        var world = await WorldAsync();
        var card = await SayAsync(world, Boss, "show the emergency address Contoso Draft");

        var form = await ClickAsync(world, Boss, ObjectButton(card, "ChangeObject"));
        var formCard = CardOf(form);
        var submit = WithInputs(formCard, (Newtonsoft.Json.Linq.JObject)formCard.SelectTokens("$..data").First(d => (string?)d["verb"] == "emergency.address.edit"));
        submit["postalCode"] = "98052";
        var plan = await ClickAsync(world, Boss, submit);
        var done = Shown(await ConfirmAsync(world, Boss, plan));

        Assert.Contains("75201", formCard.ToString(), StringComparison.Ordinal);
        Assert.Contains("75201 → 98052", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("changed", done, StringComparison.Ordinal);
        var stored = await StoredAsync(world, world.Draft.Id);
        Assert.Equal(("98052", ValidationStatus.Validated), (stored!.PostalCode, stored.Status));
    }

    [Theory]
    [InlineData("en-US", "delete the emergency address Contoso Paris", "can’t be deleted: 2 number(s) use one of its locations", "People holding those numbers: 1.")]
    [InlineData("fr-FR", "supprime l'adresse d'urgence Contoso Paris", "ne peut pas être supprimée : 2 numéros utilisent l’un de ses emplacements", "Personnes qui ont ces numéros : 1.")]
    public async Task AnAddressANumberUses_IsNotRemoved_AndTheReasonIsGiven(string locale, string text, string reason, string people)
    {
        var world = await WorldAsync();

        var replies = Shown(await SayAsync(world, Boss, text, locale));

        Assert.Contains(reason, replies, StringComparison.Ordinal);
        Assert.Contains(people, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
        Assert.NotNull(await StoredAsync(world, world.Paris.Id));
    }

    [Theory]
    [InlineData("en-US", "change the postal code of Contoso Paris to 75002", "can’t be changed")]
    [InlineData("fr-FR", "change le code postal de l'adresse Contoso Paris en 75002", "ne peut plus être modifiée")]
    public async Task AValidatedAddress_IsNotChanged_AndTheReasonIsGiven(string locale, string text, string reason)
    {
        var world = await WorldAsync();

        var replies = Shown(await SayAsync(world, Boss, text, locale));

        Assert.Contains(reason, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Helpdesk_SeesTheCardWithoutEditOrRemove_AndIsRefusedChanges_AUserIsRefusedEverything()
    {
        var world = await WorldAsync();

        var card = await SayAsync(world, Helper, "show the emergency address Contoso Draft");
        var change = Shown(await SayAsync(world, Helper, "change the postal code of Contoso Draft to 98052"));
        var remove = Shown(await SayAsync(world, Helper, "delete the emergency address Contoso Draft"));
        var user = Shown(await SayAsync(world, Worker, "show the emergency address Contoso Draft"));

        Assert.Contains("75201", Shown(card), StringComparison.Ordinal);
        Assert.False(HasObjectButton(card, "ChangeObject") || HasObjectButton(card, "RemoveObject"));
        Assert.Contains("Only an admin can do this.", change, StringComparison.Ordinal);
        Assert.Contains("Only an admin can do this.", remove, StringComparison.Ordinal);
        Assert.DoesNotContain("75201", user, StringComparison.Ordinal);
        Assert.NotNull(await StoredAsync(world, world.Draft.Id));
    }

    [Fact]
    public async Task ARemovalPlan_ConfirmedAfterTheAddressChanged_IsRefused_AndTheAddressStays()
    {
        var world = await WorldAsync();
        var plan = await SayAsync(world, Boss, "delete the emergency address Contoso Draft");
        var edited = await Phone.Emergency.EditAddressAsync(new EditAddress(TenantSeed.Admin(world.Tenant), IdempotencyKey.New(), world.Draft.Id, Draft with { PostalCode = "98052" }));

        var confirmed = Shown(await ConfirmAsync(world, Boss, plan));

        Assert.True(edited.IsSuccess, edited.Error?.Code);
        Assert.Contains("changed since this plan was made", confirmed, StringComparison.Ordinal);
        Assert.NotNull(await StoredAsync(world, world.Draft.Id));
    }
}
