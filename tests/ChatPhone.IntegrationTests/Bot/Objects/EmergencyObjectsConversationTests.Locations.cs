using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

public sealed partial class EmergencyObjectsConversationTests
{
    [Theory]
    [InlineData("en-US", "add a location 3rd floor to Contoso Paris", "3rd floor", "list the locations of Contoso Paris", "rename the location 3rd floor of Contoso Paris to 4th floor", "4th floor", "remove the location 4th floor of Contoso Paris")]
    [InlineData("fr-FR", "ajoute un emplacement Bâtiment B à l'adresse Contoso Paris", "Bâtiment B", "liste les emplacements de Contoso Paris", "renomme l'emplacement Bâtiment B de Contoso Paris en Bâtiment C", "Bâtiment C", "supprime l'emplacement Bâtiment C de Contoso Paris")]
    public async Task ALocation_IsAdded_Listed_Renamed_AndRemoved(string locale, string add, string name, string list, string rename, string newName, string remove)
    {
        var world = await WorldAsync();

        var plan = await SayAsync(world, Boss, add, locale);
        var added = Shown(await ConfirmAsync(world, Boss, plan, locale));
        var listed = Shown(await SayAsync(world, Boss, list, locale));
        var renamePlan = await SayAsync(world, Boss, rename, locale);
        var renamed = Shown(await ConfirmAsync(world, Boss, renamePlan, locale));
        var removal = await SayAsync(world, Boss, remove, locale);
        var removed = Shown(await ConfirmAsync(world, Boss, removal, locale));

        Assert.Contains(name, Shown(plan), StringComparison.Ordinal);
        Assert.Contains(name, added, StringComparison.Ordinal);
        Assert.Contains(name, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("place Bellecour", listed, StringComparison.Ordinal);
        Assert.Contains($"{name} → {newName}", Shown(renamePlan), StringComparison.Ordinal);
        Assert.Contains(newName, renamed, StringComparison.Ordinal);
        Assert.Contains(newName, removed, StringComparison.Ordinal);
        var stored = await StoredAsync(world, world.Paris.Id);
        Assert.Equal([EmergencyService.DefaultLocationName], stored!.Locations.Select(l => l.Name));

        var undo = await SayAsync(world, Boss, locale == "fr-FR" ? "annule la dernière modification" : "undo the last change", locale);
        await ConfirmAsync(world, Boss, undo, locale);
        Assert.Contains(newName, (await StoredAsync(world, world.Paris.Id))!.Locations.Select(l => l.Name));
    }

    [Theory]
    [InlineData("en-US", "remove the location 3rd floor of Contoso Paris", "can’t be removed: 1 number uses it")]
    [InlineData("fr-FR", "supprime l'emplacement 3rd floor de Contoso Paris", "ne peut pas être retiré : 1 numéro l’utilise")]
    public async Task ALocationANumberUses_IsNotRemoved_AndTheReasonIsGiven(string locale, string text, string reason)
    {
        var world = await WorldAsync();
        var admin = TenantSeed.Admin(world.Tenant);
        var floor = (await Phone.Emergency.AddLocationAsync(new AddLocation(admin, IdempotencyKey.New(), world.Paris.Id, "3rd floor"))).Value.Location;
        Assert.True((await Phone.NumberAssignment.SetLocationAsync(new SetNumberLocation(admin, IdempotencyKey.New(), SpareNumber, floor.Id))).IsSuccess);

        var replies = Shown(await SayAsync(world, Boss, text, locale));

        Assert.Contains(reason, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
        Assert.Equal(2, (await StoredAsync(world, world.Paris.Id))!.Locations.Count);
    }

    [Fact]
    public async Task AddingALocation_ConfirmedTwice_AddsItOnce()
    {
        var world = await WorldAsync();
        var plan = await SayAsync(world, Boss, "add a location 3rd floor to Contoso Paris");

        var first = Shown(await ConfirmAsync(world, Boss, plan));
        var second = Shown(await ConfirmAsync(world, Boss, plan));

        Assert.Contains("3rd floor", first, StringComparison.Ordinal);
        Assert.Contains("Already done", second, StringComparison.Ordinal);
        Assert.Single((await StoredAsync(world, world.Paris.Id))!.Locations, l => l.Name == "3rd floor");
    }

    [Theory]
    [InlineData("en-US", "set Lucas's emergency address to Contoso Lyon", "Emergency location set (numbers: 1)")]
    [InlineData("fr-FR", "change l'adresse d'urgence de Lucas pour Contoso Lyon", "Emplacement d’urgence défini (numéros : 1)")]
    public async Task APersonsEmergencyAddress_IsMovedOnConfirm_ThePlanShowingOldAndNew(string locale, string text, string done)
    {
        var world = await WorldAsync();

        var plan = await SayAsync(world, Boss, text, locale);
        var confirmed = Shown(await ConfirmAsync(world, Boss, plan, locale));

        Assert.Contains("Lucas Martin", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Contoso Paris", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Contoso Lyon", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(done, confirmed, StringComparison.Ordinal);
        Assert.Equal(world.Lyon.DefaultLocation.Id, (await NumberAsync(world, LucasNumber))!.LocationId);
        Assert.Equal(world.Paris.DefaultLocation.Id, (await NumberAsync(world, SpareNumber))!.LocationId);
    }

    [Fact]
    public async Task ANumber_TakesANamedLocation()
    {
        var world = await WorldAsync();
        var floor = (await Phone.Emergency.AddLocationAsync(new AddLocation(TenantSeed.Admin(world.Tenant), IdempotencyKey.New(), world.Lyon.Id, "3rd floor"))).Value.Location;

        var plan = await SayAsync(world, Boss, "use the 3rd floor location for +33 1 84 88 00 02");
        await ConfirmAsync(world, Boss, plan);

        Assert.Equal(floor.Id, (await NumberAsync(world, SpareNumber))!.LocationId);
    }

    [Theory]
    [InlineData("en-US", "set Lucas's emergency address to Contoso Redmond", "emergency calls are routed by the number’s country")]
    [InlineData("fr-FR", "change l'adresse d'urgence de Lucas pour Contoso Redmond", "les appels d’urgence sont acheminés selon le pays du numéro")]
    public async Task AnAddressInAnotherCountryThanTheNumber_IsRefusedWithTheReason(string locale, string text, string reason)
    {
        var world = await WorldAsync();

        var replies = Shown(await SayAsync(world, Boss, text, locale));

        Assert.Contains(reason, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
        Assert.Equal(world.Paris.DefaultLocation.Id, (await NumberAsync(world, LucasNumber))!.LocationId);
    }
}
