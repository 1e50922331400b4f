using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.VoiceApps;

/// <summary>
/// Auto attendants that route calls, through <c>POST /api/messages</c> in English and French: one sentence creates an
/// attendant with its hours, greeting, a three-key menu into two queues (through their resource accounts) and an
/// after-hours action; the show card says each key in words; the menu changes by sentence and by the menu builder card;
/// a holiday redirects; reserved and repeated keys, unknown targets, a queue without a resource account and a non-admin
/// are refused with the reason.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class AutoAttendantCallFlowConversationTests(RedisServerFixture redis) : OwnTenantConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000b1";
    private const string Worker = "00000000-0000-4000-8000-0000000000b3";
    protected override async Task ArrangeAsync()
    {
        await TenantSeed.PeopleAsync(Factory.Services, Tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"),
            (Worker, "worker@fabrikam.com", "Wo Worker", "US", "user"));
        foreach (var (queue, account) in new[] { ("Sales", "ra-sales"), ("Support", "ra-support"), ("Ventes", "ra-ventes"), ("Billing", null), ("Facturation", null) })
        {
            var created = await Phone.CallQueues.CreateAsync(new CreateCallQueue(TenantSeed.Admin(Tenant), IdempotencyKey.New(), new CallQueueSettings { Name = queue }));
            Assert.True(created.IsSuccess, created.Error?.Code);
            if (account is not null)
            {
                await TenantSeed.PutAsync(Factory.Services, Tenant, ResourceAccountCollections.Accounts, (account, new ResourceAccount(
                    account, account.Replace("-", string.Empty, StringComparison.Ordinal) + "@fabrikam.com", queue, ResourceAccountKind.CallQueue,
                    ChatPhone.Core.Licensing.Sku.ResourceAccount, null, created.Value.Queue.Id, 3, DateTimeOffset.UtcNow)));
            }
        }
    }

    [Theory]
    [InlineData("en-US",
        "create an auto attendant Main line open 9 to 6 Monday to Friday, greeting \"Welcome to Contoso\", press 1 for the Sales queue, 2 for Support and 0 for the operator, operator is +1 206 555 0199, after hours say 'We are closed' and hang up",
        "Main line", "Welcome to Contoso", "Press 1: call queue Sales (via resource account rasales@fabrikam.com)", "Press 0: transfer to the operator", "show the Main line auto attendant")]
    [InlineData("fr-FR",
        "crée un standard automatique Accueil Contoso ouvert de 9h à 18h du lundi au vendredi, message d’accueil « Bienvenue chez Contoso », touche 1 pour la file Ventes, 2 pour le support et 0 pour le standardiste, le standardiste est +33 1 84 88 00 09, en dehors des horaires, transférer vers le +33 1 84 88 00 00",
        "Accueil Contoso", "Bienvenue chez Contoso", "Touche 1 : file d’attente Ventes (via le compte de ressources raventes@fabrikam.com)", "Touche 0 : transfert vers le standardiste", "montre le standard automatique Accueil Contoso")]
    public async Task OneSentence_CreatesAnAttendantWithItsGreetingMenuAndAfterHours_SaidInWords(
        string locale, string sentence, string name, string greeting, string key1, string key0, string show)
    {
        var plan = await SayAsync(Boss, sentence, locale);
        var done = await ConfirmAsync(Boss, plan, locale);
        var shown = Shown(await SayAsync(Boss, show, locale));

        var planned = Shown(plan);
        Assert.Contains(greeting, planned, StringComparison.Ordinal);
        Assert.Contains(key1, planned, StringComparison.Ordinal);
        Assert.Contains(key0, planned, StringComparison.Ordinal);
        Assert.DoesNotContain(locale == "fr-FR" ? "Raccrocher (pas encore" : "Disconnect (no greeting", planned, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", planned, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(done), StringComparison.Ordinal);
        Assert.Contains(key1, shown, StringComparison.Ordinal);
        Assert.Contains(greeting, shown, StringComparison.Ordinal);
        Assert.Contains("autoattendant.menuform", shown, StringComparison.Ordinal);

        var attendant = await AttendantAsync(name);
        Assert.Equal(greeting, attendant.Settings.DefaultFlow.Greeting?.TextToSpeech);
        Assert.Equal([DtmfTone.Tone0, DtmfTone.Tone1, DtmfTone.Tone2], attendant.Settings.DefaultFlow.Menu.Options.Select(o => o.Dtmf));
        var one = attendant.Settings.DefaultFlow.Menu.Options.Single(o => o.Dtmf == DtmfTone.Tone1);
        Assert.Equal(new CallableEntity(CallableEntityType.ApplicationEndpoint, locale == "fr-FR" ? "ra-ventes" : "ra-sales"), one.Target);
        Assert.Equal("ra-support", attendant.Settings.DefaultFlow.Menu.Options.Single(o => o.Dtmf == DtmfTone.Tone2).Target?.Id);
        Assert.Equal(MenuAction.TransferCallToOperator, attendant.Settings.DefaultFlow.Menu.Options.Single(o => o.Dtmf == DtmfTone.Tone0).Action);
        Assert.Equal(TimeSpan.FromHours(18), attendant.Settings.Hours.RangesOf(DayOfWeek.Monday).Single().End);
        var afterHours = Assert.Single(attendant.Settings.AfterHoursFlow!.Menu.Options);
        if (locale == "fr-FR")
        {
            Assert.Equal("tel:+33184880009", attendant.Settings.Operator?.Id);
            Assert.Equal((MenuAction.TransferCallToTarget, "tel:+33184880000"), (afterHours.Action, afterHours.Target?.Id));
            Assert.Contains("numéro externe +33184880000", planned, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("tel:+12065550199", attendant.Settings.Operator?.Id);
            Assert.Equal("We are closed", attendant.Settings.AfterHoursFlow.Greeting?.TextToSpeech);
            Assert.Equal(MenuAction.DisconnectCall, afterHours.Action);
            Assert.Contains("We are closed", planned, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en-US", "change the menu of Reception: press 1 for the Sales queue and 9 to hang up", "Press 1: call queue Sales", "edit the menu of Reception", "Press 2: call queue Support")]
    [InlineData("fr-FR", "modifie le menu du standard Reception : touche 1 pour la file Ventes et 9 pour raccrocher", "Touche 1 : file d’attente Ventes", "modifie le menu de Reception", "Touche 2 : file d’attente Support")]
    public async Task TheMenu_ChangesBySentence_ThenByTheMenuBuilderCard(string locale, string sentence, string key1, string editMenu, string key2)
    {
        await CreateReceptionAsync();

        var plan = await SayAsync(Boss, sentence, locale);
        await ConfirmAsync(Boss, plan, locale);
        var bySentence = await AttendantAsync("Reception");
        var form = await SayAsync(Boss, editMenu, locale);
        var formCard = Cards(form).First(c => c.ToString().Contains(AutoAttendantMenuForm.ActionInput(AutoAttendantMenuForm.BusinessFlow, 2), StringComparison.Ordinal));
        var data = WithInputs(formCard, formCard.SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "autoattendant.menu"));
        data[AutoAttendantMenuForm.ActionInput(AutoAttendantMenuForm.BusinessFlow, 2)] = "queue";
        data[AutoAttendantMenuForm.TargetInput(AutoAttendantMenuForm.BusinessFlow, 2)] = "Support";
        data[AutoAttendantMenuForm.ActionInput(AutoAttendantMenuForm.BusinessFlow, 9)] = "none";
        data[AutoAttendantMenuForm.GreetingInput(AutoAttendantMenuForm.BusinessFlow)] = "Hello";
        var cardPlan = await SendAsync(Client, InTenant(Invoke(Boss, data, locale: locale)));
        var cardDone = await ConfirmAsync(Boss, cardPlan, locale);
        var byCard = await AttendantAsync("Reception");

        Assert.Contains(key1, Shown(plan), StringComparison.Ordinal);
        Assert.Equal([DtmfTone.Tone1, DtmfTone.Tone9], bySentence.Settings.DefaultFlow.Menu.Options.Select(o => o.Dtmf));
        Assert.Equal(MenuAction.DisconnectCall, bySentence.Settings.DefaultFlow.Menu.Options[1].Action);
        Assert.Equal(("queue", locale == "fr-FR" ? "Ventes" : "Sales"), (
            (string?)WithInputs(formCard, new JObject())[AutoAttendantMenuForm.ActionInput(AutoAttendantMenuForm.BusinessFlow, 1)],
            (string?)WithInputs(formCard, new JObject())[AutoAttendantMenuForm.TargetInput(AutoAttendantMenuForm.BusinessFlow, 1)]));
        Assert.Contains(key2, Shown(cardPlan), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(cardDone), StringComparison.Ordinal);
        Assert.Equal([DtmfTone.Tone1, DtmfTone.Tone2], byCard.Settings.DefaultFlow.Menu.Options.Select(o => o.Dtmf));
        Assert.Equal("ra-support", byCard.Settings.DefaultFlow.Menu.Options[1].Target?.Id);
        Assert.Equal("Hello", byCard.Settings.DefaultFlow.Greeting?.TextToSpeech);
    }

    [Fact]
    public async Task TheShowCardsEditMenuButton_SendsTheMenuBuilder_OnlyToAdmins()
    {
        await CreateReceptionAsync();

        var shown = await SayAsync(Boss, "show the Reception auto attendant");
        var click = await SendAsync(Client, InTenant(Invoke(Boss, ActionData(shown, "autoattendant.menuform"))));
        var byWorker = await SendAsync(Client, InTenant(Invoke(Worker, ActionData(shown, "autoattendant.menuform"))));

        Assert.Contains(AutoAttendantMenuForm.TargetInput(AutoAttendantMenuForm.AfterHoursFlow, 9), Shown(click), StringComparison.Ordinal);
        Assert.DoesNotContain(AutoAttendantMenuForm.TargetInput(AutoAttendantMenuForm.BusinessFlow, 0), Shown(byWorker), StringComparison.Ordinal);
        Assert.Contains("Only an admin can do this.", Shown(byWorker), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMenuSubmittedByANonAdmin_OrNamingAnUnknownQueue_IsRefused()
    {
        await CreateReceptionAsync();
        var form = await SayAsync(Boss, "edit the menu of Reception");
        var formCard = Cards(form).First(c => c.ToString().Contains("autoattendant.menu", StringComparison.Ordinal));
        var data = WithInputs(formCard, formCard.SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "autoattendant.menu"));
        data[AutoAttendantMenuForm.ActionInput(AutoAttendantMenuForm.BusinessFlow, 3)] = "queue";
        data[AutoAttendantMenuForm.TargetInput(AutoAttendantMenuForm.BusinessFlow, 3)] = "Billing";

        var byWorker = Shown(await SendAsync(Client, InTenant(Invoke(Worker, data))));
        var noAccount = Shown(await SendAsync(Client, InTenant(Invoke(Boss, data))));

        Assert.Contains("Only an admin can do this.", byWorker, StringComparison.Ordinal);
        Assert.Contains("create a resource account for the call queue Billing", noAccount, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", byWorker + noAccount, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "add a holiday Christmas on December 25 to Reception, redirect to +1 206 555 0142", "Christmas", "tel:+12065550142", "external number +12065550142")]
    [InlineData("fr-FR", "ajoute un jour férié Noël le 25 décembre au standard Reception, transférer vers la file Ventes", "Noël", "ra-ventes", "file d’attente Ventes (via le compte de ressources raventes@fabrikam.com)")]
    public async Task AHoliday_IsAddedWithARedirect_SaidInWords(string locale, string sentence, string holiday, string target, string said)
    {
        await CreateReceptionAsync();

        var plan = await SayAsync(Boss, sentence, locale);
        await ConfirmAsync(Boss, plan, locale);

        Assert.Contains(said, Shown(plan), StringComparison.Ordinal);
        var stored = (await AttendantAsync("Reception")).Settings.Holidays.Single(h => h.Name == holiday);
        Assert.Equal((HolidayAction.Redirect, target), (stored.Action, stored.RedirectTarget?.Id));
    }

    [Theory]
    [InlineData("en-US", Boss, "change the menu of Reception: press * for the Sales queue", "Key \\* is reserved")]
    [InlineData("fr-FR", Boss, "modifie le menu du standard Reception : touche # pour la file Ventes", "La touche # est réservée")]
    [InlineData("en-US", Boss, "change the menu of Reception: press 1 for the Sales queue, 1 for Support", "Key 1 is used twice")]
    [InlineData("fr-FR", Boss, "modifie le menu du standard Reception : touche 2 pour la file Ventes et 2 pour le support", "La touche 2 est utilisée deux fois")]
    [InlineData("en-US", Boss, "change the menu of Reception: press 3 for the Nowhere queue", "No call queue is called “Nowhere”")]
    [InlineData("fr-FR", Boss, "modifie le menu du standard Reception : touche 3 pour Nulle Part", "Rien ne s’appelle « Nulle Part »")]
    [InlineData("en-US", Boss, "change the menu of Reception: press 4 for the Billing queue", "say “create a resource account for the call queue Billing”")]
    [InlineData("fr-FR", Boss, "modifie le menu du standard Reception : touche 4 pour la file Facturation", "dites « crée un compte de ressources pour la file d’attente Facturation »")]
    [InlineData("en-US", Worker, "change the menu of Reception: press 1 for the Sales queue", "Only an admin can do this.")]
    [InlineData("fr-FR", Worker, "modifie le menu du standard Reception : touche 1 pour la file Ventes", "Seul un administrateur peut faire cela.")]
    public async Task WrongMenus_AreRefusedWithTheReason_AndNothingIsPlanned(string locale, string user, string sentence, string reason)
    {
        await CreateReceptionAsync();

        var replies = Shown(await SayAsync(user, sentence, locale));

        Assert.Contains(reason, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "change the menu of Reception: after hours send calls to voicemail", "Which voicemail?")]
    [InlineData("fr-FR", "modifie le menu du standard Reception : en dehors des horaires, envoyer les appels vers la messagerie de Bo Boss", "ne peut pas envoyer les appels directement sur la messagerie de Bo Boss")]
    [InlineData("en-US", "change the menu of Reception: greeting audio file welcome.mp3", "No imported audio file is called “welcome.mp3”")]
    [InlineData("en-US", "change the menu of Reception: press 2 for Wo Worker", "Wo Worker (Business hours, key 2) is not Enterprise Voice enabled")]
    [InlineData("fr-FR", "modifie le menu du standard Reception : touche 2 pour Wo Worker", "Wo Worker (Heures d’ouverture, touche 2) n’est pas activé pour la voix entreprise")]
    public async Task TargetsTeamsCannotReach_AreRefusedNamingTheFix(string locale, string sentence, string reason)
    {
        await CreateReceptionAsync();

        var replies = Shown(await SayAsync(Boss, sentence, locale));

        Assert.Contains(reason, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "change the menu of Reception: press 2 for Bo Boss, operator is Bo Boss and 0 for the operator, let callers dial by name", "Press 2: Bo Boss (person)")]
    [InlineData("fr-FR", "modifie le menu du standard Reception : touche 2 pour Bo Boss, le standardiste est Bo Boss, touche 0 pour le standardiste, composition par nom", "Touche 2 : Bo Boss (personne)")]
    public async Task APersonWithPhoneSystem_TheOperatorAndDialByName_AreSetBySentence(string locale, string sentence, string key2)
    {
        await TenantSeed.PutAsync(Factory.Services, Tenant, ChatPhone.Core.Licensing.LicensingCollections.Users,
            (Boss, new ChatPhone.Core.Licensing.UserLicenses(Boss, "US", [ChatPhone.Core.Licensing.Sku.PhoneSystem])));
        await CreateReceptionAsync();

        var plan = await SayAsync(Boss, sentence, locale);
        await ConfirmAsync(Boss, plan, locale);

        Assert.Contains(key2, Shown(plan), StringComparison.Ordinal);
        var settings = (await AttendantAsync("Reception")).Settings;
        Assert.Equal(new CallableEntity(CallableEntityType.User, Boss), settings.Operator);
        Assert.Equal([DtmfTone.Tone0, DtmfTone.Tone2], settings.DefaultFlow.Menu.Options.Select(o => o.Dtmf));
        Assert.Equal(DirectorySearchMethod.ByName, settings.DefaultFlow.Menu.DirectorySearch);
    }

    [Theory]
    [InlineData("en-US", "change the Christmas holiday: redirect calls to +1 206 555 0142", "Christmas", "tel:+12065550142")]
    [InlineData("fr-FR", "le jour férié Christmas transfère désormais vers la file Ventes", "Christmas", "ra-ventes")]
    public async Task AHolidaysAction_ChangesBySentence(string locale, string sentence, string holiday, string target)
    {
        await CreateReceptionAsync(new Holiday("Christmas", [new DateTimeRange(new DateTime(2026, 12, 25))]));

        var plan = await SayAsync(Boss, sentence, locale);
        await ConfirmAsync(Boss, plan, locale);

        Assert.Contains("plan.confirm", Shown(plan), StringComparison.Ordinal);
        var stored = (await AttendantAsync("Reception")).Settings.Holidays.Single(h => h.Name == holiday);
        Assert.Equal((HolidayAction.Redirect, target), (stored.Action, stored.RedirectTarget?.Id));
        Assert.Equal(new DateTime(2026, 12, 25), stored.Dates.Single().Start);
    }

    private async Task CreateReceptionAsync(params Holiday[] holidays)
    {
        var settings = new AutoAttendantSettings
        {
            Name = "Reception",
            LanguageId = "en-US",
            TimeZoneId = "Pacific Standard Time",
            DefaultFlow = CallFlow.Disconnect("Business hours"),
            Holidays = holidays,
        };
        var created = await Phone.AutoAttendants.CreateAsync(new CreateAutoAttendant(TenantSeed.Admin(Tenant), IdempotencyKey.New(), settings));
        Assert.True(created.IsSuccess, created.Error?.Code);
    }

    private async Task<AutoAttendant> AttendantAsync(string name) =>
        (await Phone.VoiceApps.ListAutoAttendantsAsync(TenantSeed.Admin(Tenant))).Value.Single(a => a.Name == name);
}
