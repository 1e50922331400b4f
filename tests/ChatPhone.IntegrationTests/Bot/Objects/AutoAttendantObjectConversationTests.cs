using ChatPhone.Core.Audit;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// Auto attendants and their holidays as objects, through <c>POST /api/messages</c> in English and French: list, show
/// (every setting), change by a sentence and by the Edit form, remove, each change through the plan card and Confirm;
/// refusals for helpdesk and plain users, for a removal core's rules forbid, for a plan whose attendant changed.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class AutoAttendantObjectConversationTests(RedisServerFixture redis) : OwnTenantConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000a1";
    private const string Helper = "00000000-0000-4000-8000-0000000000a2";
    private const string Worker = "00000000-0000-4000-8000-0000000000a3";
    protected override async Task ArrangeAsync()
    {
        await TenantSeed.PeopleAsync(Factory.Services, Tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"),
            (Helper, "helper@fabrikam.com", "He Helper", "US", "helpdesk"),
            (Worker, "worker@fabrikam.com", "Wo Worker", "US", "user"));
        await CreateAsync("Main line", "en-US", "Pacific Standard Time", new Holiday("Christmas", [new DateTimeRange(new DateTime(2026, 12, 25))]));
        await CreateAsync("Accueil", "fr-FR", "Romance Standard Time", new Holiday("Noël", [new DateTimeRange(new DateTime(2026, 12, 25))]));
    }

    [Theory]
    [InlineData("en-US", "list the auto attendants", "show the Main line auto attendant", "the Main line AA now opens at 8",
        "Auto attendant Main line updated.", "rename the Main line auto attendant to Reception", "delete the Reception auto attendant", "Auto attendant Reception removed.")]
    [InlineData("fr-FR", "liste les standards automatiques", "montre le standard automatique Main line", "le standard Main line ouvre à 8 h du lundi au vendredi",
        "Standard automatique Main line modifié.", "renomme le standard automatique Main line en Reception", "supprime le standard automatique Reception", "Standard automatique Reception supprimé.")]
    public async Task AnAttendant_IsListedShownChangedRenamedAndRemoved_ByChat(
        string locale, string list, string show, string opens, string updated, string rename, string remove, string removed)
    {
        var listed = Shown(await SayAsync(Boss, list, locale));
        var shown = Shown(await SayAsync(Boss, show, locale));
        var hoursPlan = await SayAsync(Boss, opens, locale);
        var hoursDone = Shown(await ConfirmAsync(Boss, hoursPlan, locale));
        var afterHours = await MainLineAsync();
        var renamePlan = await SayAsync(Boss, rename, locale);
        var renamed = Shown(await ConfirmAsync(Boss, renamePlan, locale));
        var shownAgain = Shown(await SayAsync(Boss, show.Replace("Main line", "Reception", StringComparison.Ordinal), locale));
        var removePlan = await SayAsync(Boss, remove, locale);
        var removedText = Shown(await ConfirmAsync(Boss, removePlan, locale));
        var listedAfter = Shown(await SayAsync(Boss, list, locale));

        Assert.Contains("Main line", listed, StringComparison.Ordinal);
        Assert.Contains("Accueil", listed, StringComparison.Ordinal);
        Assert.Contains("Pacific Standard Time", listed, StringComparison.Ordinal);
        Assert.Contains("object.act", listed, StringComparison.Ordinal);
        foreach (var setting in new[] { Pacific(locale), English(locale), "Christmas", "09:00–17:00", locale == "fr-FR" ? "Hors heures d’ouverture" : "After hours", "ChangeObject", "RemoveObject" })
        {
            Assert.Contains(setting, shown, StringComparison.Ordinal);
        }

        Assert.Contains("08:00–17:00", Shown(hoursPlan), StringComparison.Ordinal);
        Assert.Contains(updated, hoursDone, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromHours(8), afterHours.Settings.Hours.RangesOf(DayOfWeek.Monday).Single().Start);
        Assert.Equal(TimeSpan.FromHours(17), afterHours.Settings.Hours.RangesOf(DayOfWeek.Friday).Single().End);
        Assert.Contains("Main line → Reception", Shown(renamePlan), StringComparison.Ordinal);
        Assert.Contains("Reception", renamed, StringComparison.Ordinal);
        Assert.Contains("08:00–17:00", shownAgain, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(removePlan), StringComparison.Ordinal);
        Assert.Contains(removed, removedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Reception", listedAfter, StringComparison.Ordinal);
        Assert.Contains("Accueil", listedAfter, StringComparison.Ordinal);

        var undo = await SayAsync(Boss, locale == "fr-FR" ? "annule la dernière modification" : "undo the last change", locale);
        await ConfirmAsync(Boss, undo, locale);
        Assert.Contains("Reception", Shown(await SayAsync(Boss, list, locale)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "show the Main line auto attendant", "Auto attendant Main line updated.")]
    [InlineData("fr-FR", "montre le standard automatique Main line", "Standard automatique Main line modifié.")]
    public async Task TheEditButton_SendsAFormPrefilled_WhoseSubmitIsPlannedThenApplied(string locale, string show, string updated)
    {
        var card = await SayAsync(Boss, show, locale);
        var edit = CardOf(card).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["intent"] == "ChangeObject");
        var form = await SendAsync(Client, InTenant(Invoke(Boss, edit, locale: locale)));
        var formCard = Cards(form).First(c => c.ToString().Contains("autoattendant.edit", StringComparison.Ordinal));
        var data = WithInputs(formCard, formCard.SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "autoattendant.edit"));
        data["aaTimeZone"] = "UTC";
        data["aaClose"] = "18:00";
        var plan = await SendAsync(Client, InTenant(Invoke(Boss, data, locale: locale)));
        var done = Shown(await ConfirmAsync(Boss, plan, locale));

        Assert.Contains("Main line", formCard.ToString(), StringComparison.Ordinal);
        Assert.Contains("Pacific Standard Time", formCard.ToString(), StringComparison.Ordinal);
        Assert.Contains(Pacific(locale) + " → ", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(updated, done, StringComparison.Ordinal);
        var stored = await MainLineAsync();
        Assert.Equal("UTC", stored.Settings.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(18), stored.Settings.Hours.RangesOf(DayOfWeek.Monday).Single().End);
    }

    [Theory]
    [InlineData("en-US", "show the Main line auto attendant", "delete the Main line auto attendant", "Only an admin can do this.")]
    [InlineData("fr-FR", "montre le standard automatique Main line", "supprime le standard automatique Main line", "Seul un administrateur peut faire cela.")]
    public async Task Helpdesk_SeesTheCardWithoutEditOrRemove_AndIsRefusedChanges(string locale, string show, string remove, string refusal)
    {
        var shown = Shown(await SayAsync(Helper, show, locale));
        var removing = Shown(await SayAsync(Helper, remove, locale));

        Assert.Contains(Pacific(locale), shown, StringComparison.Ordinal);
        Assert.DoesNotContain("ChangeObject", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("RemoveObject", shown, StringComparison.Ordinal);
        Assert.Contains(refusal, removing, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", removing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "list the auto attendants")]
    [InlineData("fr-FR", "liste les standards automatiques")]
    public async Task APlainUser_IsRefused(string locale, string list)
    {
        var replies = Shown(await SayAsync(Worker, list, locale));

        Assert.DoesNotContain("Pacific Standard Time", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("object.act", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "delete the Main line auto attendant", "The auto attendant Main line still has resource accounts (ra-main@fabrikam.com).")]
    [InlineData("fr-FR", "supprime le standard automatique Main line", "Le standard automatique Main line a encore des comptes de ressources (ra-main@fabrikam.com).")]
    public async Task RemovingAnAttendantWithALinkedAccount_IsRefusedWithTheReason(string locale, string remove, string reason)
    {
        var main = await MainLineAsync();
        await TenantSeed.PutAsync(Factory.Services, Tenant, ResourceAccountCollections.Accounts,
            ("ra-main", new ResourceAccount("ra-main", "ra-main@fabrikam.com", "Main line RA", ResourceAccountKind.AutoAttendant, null, null, main.Id, 3, DateTimeOffset.UtcNow)));

        var replies = Shown(await SayAsync(Boss, remove, locale));

        Assert.Contains(reason, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlanConfirmedAfterTheAttendantChanged_IsRefused_AndTheOtherChangeStays()
    {
        var plan = await SayAsync(Boss, "rename the Main line auto attendant to Reception");
        var main = await MainLineAsync();
        var elsewhere = await Phone.AutoAttendants.UpdateAsync(new UpdateAutoAttendant(TenantSeed.Admin(Tenant), IdempotencyKey.New(), main.Id, main.Settings with { TimeZoneId = "UTC" }));

        var confirmed = Shown(await ConfirmAsync(Boss, plan, "en-US"));

        Assert.True(elsewhere.IsSuccess, elsewhere.Error?.Code);
        Assert.Contains("Someone changed the auto attendant “Main line”", confirmed, StringComparison.Ordinal);
        var stored = await MainLineAsync();
        Assert.Equal(("Main line", "UTC"), (stored.Name, stored.Settings.TimeZoneId));
    }

    [Fact]
    public async Task APlanForAnAttendantRemovedMeanwhile_IsRefused()
    {
        var plan = await SayAsync(Boss, "the Main line AA now opens at 8");
        var main = await MainLineAsync();
        await Phone.AutoAttendants.DeleteAsync(new DeleteAutoAttendant(TenantSeed.Admin(Tenant), IdempotencyKey.New(), main.Id));

        var confirmed = Shown(await ConfirmAsync(Boss, plan, "en-US"));

        Assert.Contains("No auto attendant has the id or name “Main line”.", confirmed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmingTwice_AppliesOnce()
    {
        var plan = await SayAsync(Boss, "rename the Main line auto attendant to Reception");

        var first = Shown(await ConfirmAsync(Boss, plan, "en-US"));
        var second = Shown(await ConfirmAsync(Boss, plan, "en-US"));

        Assert.Contains("Auto attendant Reception updated.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("updated", second, StringComparison.Ordinal);
        var audit = await Phone.Audit.QueryAsync(new ChatPhone.Core.Audit.AuditQuery(TenantSeed.Admin(Tenant), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1)));
        Assert.Single(audit.Value, e => e.Action == AuditActions.AutoAttendants.Update);
    }

    [Theory]
    [InlineData("en-US", "list the holidays", "show the Christmas holiday", "move the Christmas holiday to December 24-26", "Holiday Christmas updated.", "delete the Christmas holiday", "Holiday Christmas removed from Main line.", "Christmas")]
    [InlineData("fr-FR", "liste les jours fériés", "montre le jour férié Noël", "change la date du jour férié Noël au 24 décembre", "Jour férié Noël modifié.", "supprime le jour férié Noël", "Jour férié Noël supprimé du standard Accueil.", "Noël")]
    public async Task AHoliday_IsListedShownMovedAndRemoved_ByChat(string locale, string list, string show, string move, string moved, string remove, string removed, string name)
    {
        var listed = Shown(await SayAsync(Boss, list, locale));
        var shown = Shown(await SayAsync(Boss, show, locale));
        var plan = await SayAsync(Boss, move, locale);
        var done = Shown(await ConfirmAsync(Boss, plan, locale));
        var holiday = await HolidayAsync(name);
        var removePlan = await SayAsync(Boss, remove, locale);
        var gone = Shown(await ConfirmAsync(Boss, removePlan, locale));
        var listedAfter = Shown(await SayAsync(Boss, list, locale));

        Assert.Contains("Christmas", listed, StringComparison.Ordinal);
        Assert.Contains("Noël", listed, StringComparison.Ordinal);
        Assert.Contains("Main line", listed, StringComparison.Ordinal);
        Assert.Contains(name, shown, StringComparison.Ordinal);
        Assert.Contains("ChangeObject", shown, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(moved, done, StringComparison.Ordinal);
        Assert.Equal((12, 24), (holiday!.Dates.Single().Start.Month, holiday.Dates.Single().Start.Day));
        Assert.Contains(removed, gone, StringComparison.Ordinal);
        Assert.DoesNotContain(name, listedAfter, StringComparison.Ordinal);

        var undo = await SayAsync(Boss, locale == "fr-FR" ? "annule la dernière modification" : "undo the last change", locale);
        await ConfirmAsync(Boss, undo, locale);
        Assert.Equal((12, 24), ((await HolidayAsync(name))!.Dates.Single().Start.Month, (await HolidayAsync(name))!.Dates.Single().Start.Day));
    }

    [Fact]
    public async Task AHoliday_IsRenamedFromItsEditForm()
    {
        var card = await SayAsync(Boss, "show the Christmas holiday");
        var edit = CardOf(card).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["intent"] == "ChangeObject");
        var form = await SendAsync(Client, InTenant(Invoke(Boss, edit)));
        var formCard = Cards(form).First(c => c.ToString().Contains("holiday.edit", StringComparison.Ordinal));
        var data = WithInputs(formCard, formCard.SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "holiday.edit"));
        data["holidayName"] = "Xmas";
        var plan = await SendAsync(Client, InTenant(Invoke(Boss, data)));
        var done = Shown(await ConfirmAsync(Boss, plan, "en-US"));

        Assert.Contains("2026-12-25", formCard.ToString(), StringComparison.Ordinal);
        Assert.Contains("Christmas → Xmas", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Holiday Xmas updated.", done, StringComparison.Ordinal);
        Assert.NotNull(await HolidayAsync("Xmas"));
    }

    [Theory]
    [InlineData("en-US", "delete the Christmas holiday", "Only an admin can do this.")]
    [InlineData("fr-FR", "supprime le jour férié Noël", "Seul un administrateur peut faire cela.")]
    public async Task Helpdesk_IsRefusedHolidayRemoval(string locale, string remove, string refusal)
    {
        var replies = Shown(await SayAsync(Helper, remove, locale));

        Assert.Contains(refusal, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
    }

    private async Task CreateAsync(string name, string language, string zone, Holiday holiday)
    {
        var settings = new AutoAttendantSettings
        {
            Name = name,
            LanguageId = language,
            TimeZoneId = zone,
            DefaultFlow = CallFlow.Disconnect("Business hours"),
            Holidays = [holiday],
        };
        var created = await Phone.AutoAttendants.CreateAsync(new CreateAutoAttendant(TenantSeed.Admin(Tenant), IdempotencyKey.New(), settings));
        Assert.True(created.IsSuccess, created.Error?.Code);
    }

    private async Task<AutoAttendant> MainLineAsync() =>
        (await Phone.VoiceApps.ListAutoAttendantsAsync(TenantSeed.Admin(Tenant))).Value.Single(a => a.Name is "Main line" or "Reception");

    private async Task<Holiday?> HolidayAsync(string name) =>
        (await Phone.VoiceApps.ListAutoAttendantsAsync(TenantSeed.Admin(Tenant))).Value.SelectMany(a => a.Settings.Holidays).FirstOrDefault(h => h.Name == name);

    // The attendant's time zone and language as its card says them, in the reader's language.
    private static string Pacific(string locale) => locale == "fr-FR" ? "Pacifique (États-Unis et Canada)" : "Pacific Time (US and Canada)";

    private static string English(string locale) => locale == "fr-FR" ? "anglais (États-Unis) · en-US" : "English (United States) · en-US";
}
