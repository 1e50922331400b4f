using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Conferencing;

/// <summary>
/// Audio conferencing in full by chat through <c>POST /api/messages</c>, in English and French: conferencing turned on by
/// sentence, then the languages of a dedicated number, the invite customisation, the toll-free number on invites, the
/// announcement type, each through its plan and Confirm; a third-party provider refused with core's reason; the bridge
/// shown with all of it; several settings in one sentence applied together; the edit form; the organizers' list.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ConferencingSettingsConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Dedicated = "+12065550150";
    private const string TollFree = "+18005550100";

    public static TheoryData<string, string, string[], string[]> Languages => new()
    {
        {
            "en-US", Megan,
            [
                "set up audio conferencing",
                "set the languages of +1 206 555 0150 to English then Spanish and French",
                "set the footer of meeting invites to « Call the helpdesk » and the help link to https://contoso.com/help",
                "make +1 800 555 0100 the toll-free number on invites",
                "use tone only for entry and exit announcements",
                "use a third-party conferencing provider for Alex",
                "show the conferencing bridge",
            ],
            ["English (US) → Spanish (Spain) → French (France)", "Teams users can’t use a third-party audio conferencing provider", "Toll-free number on invites", "On, a tone only"]
        },
        {
            "fr-FR", Camille,
            [
                "configure la conférence audio",
                "le numéro +1 206 555 0150 parle français puis anglais",
                "mets le pied de page des invitations à « Call the helpdesk » et le lien d’aide à https://contoso.com/help",
                "mets le +1 800 555 0100 comme numéro gratuit sur les invitations",
                "annonce les arrivées et départs avec une tonalité",
                "utilise un fournisseur d’audioconférence tiers pour Alex",
                "affiche le pont de conférence",
            ],
            ["français (France) → anglais (États-Unis)", "Les utilisateurs de Teams ne peuvent pas utiliser un fournisseur d’audioconférence tiers", "Numéro gratuit sur les invitations", "Activées, une simple tonalité"]
        },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryConferencingSetting_BySentence_GoesThroughAPlanAndConfirm(string locale, string admin, string[] said, string[] shown)
    {
        await LicenseAsync(Megan, Alex);
        var enable = await SayAsync(admin, said[0], locale);
        Assert.Contains("plan.confirm", Shown(enable), StringComparison.Ordinal);
        await ConfirmAsync(admin, enable, locale);
        await DedicatedNumbersAsync();

        var languagesPlan = await SayAsync(admin, said[1], locale);
        await ConfirmAsync(admin, languagesPlan, locale);
        var invitePlan = await SayAsync(admin, said[2], locale);
        await ConfirmAsync(admin, invitePlan, locale);
        var tollFreePlan = await SayAsync(admin, said[3], locale);
        await ConfirmAsync(admin, tollFreePlan, locale);
        var tonePlan = await SayAsync(admin, said[4], locale);
        await ConfirmAsync(admin, tonePlan, locale);
        var provider = Shown(await SayAsync(admin, said[5], locale));
        var bridge = Shown(await SayAsync(admin, said[6], locale));

        Assert.Contains(shown[0], Shown(languagesPlan), StringComparison.Ordinal);
        Assert.Contains(shown[1], provider, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", provider, StringComparison.Ordinal);
        Assert.Contains(shown[2], bridge, StringComparison.Ordinal);
        Assert.Contains(shown[3], bridge, StringComparison.Ordinal);
        Assert.Contains("Call the helpdesk", bridge, StringComparison.Ordinal);
        Assert.Contains(shown[0], bridge, StringComparison.Ordinal);
        var state = (await Phone.Conferencing.GetBridgeAsync(Admin)).Value.Bridge;
        var settings = (await Phone.Conferencing.GetSettingsAsync(Admin)).Value;
        var organizers = (await Phone.Conferencing.ListOrganizersAsync(Admin)).Value;
        Assert.Equal(locale == "fr-FR" ? "fr-FR" : "en-US", state.Find(Dedicated)?.Languages?.Primary);
        Assert.Equal(new InviteCustomization("https://contoso.com/help", null, "Call the helpdesk", null), settings.Invite);
        Assert.Equal(TollFree, state.DefaultTollFreeNumber);
        Assert.All(organizers, o => Assert.Equal(TollFree, o.TollFreeNumber));
        Assert.Equal(EntryExitAnnouncementsType.ToneOnly, settings.EntryExitAnnouncementsType);
        Assert.All(organizers, o => Assert.Equal(ConferencingProvider.Microsoft, o.Provider));
    }

    [Fact]
    public async Task SeveralSettings_InOneSentence_AreOnePlan_AppliedTogether_AndRefusedTogetherWhenTheBridgeChanged()
    {
        await BridgeAsync();

        var plan = await SayAsync(Megan, "set the PIN length to 6, turn off name recording, mask callers' numbers for everyone and give Alex the toll-free number +1 800 555 0100 on his invites");
        var done = Shown(await ConfirmAsync(Megan, plan, "en-US"));
        var stale = await SayAsync(Megan, "stop sending emails to organizers and let callers start meetings without the organizer");
        Assert.True((await Phone.Conferencing.RenameBridgeAsync(new RenameBridge(Admin, IdempotencyKey.New(), "Renamed elsewhere"))).IsSuccess);
        var refused = Shown(await ConfirmAsync(Megan, stale, "en-US"));

        Assert.Contains("6 digits", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("The conferencing bridge is changed.", done, StringComparison.Ordinal);
        var settings = (await Phone.Conferencing.GetSettingsAsync(Admin)).Value;
        Assert.Equal((6, false, MaskPstnNumbersType.MaskedForAllUsers), (settings.PinLength, settings.EnableNameRecording, settings.MaskPstnNumbersType));
        Assert.Equal(TollFree, (await Phone.Conferencing.GetOrganizerAsync(Admin, Alex)).Value.TollFreeNumber);
        Assert.Null((await Phone.Conferencing.GetOrganizerAsync(Admin, Megan)).Value.TollFreeNumber);
        Assert.Contains("changed since this plan", refused, StringComparison.Ordinal);
        Assert.True(settings.AutomaticallySendEmailsToUsers);
        Assert.True((await Phone.Conferencing.GetSettingsAsync(Admin)).Value.AutomaticallySendEmailsToUsers);
    }

    [Theory]
    [InlineData("en-US", "set the languages of +1 312 555 0140 to French", "is a shared number")]
    [InlineData("fr-FR", "le numéro +1 206 555 0150 parle anglais, français, espagnol, allemand, italien et japonais", "5 langues secondaires")]
    [InlineData("en-US", "set the help link of invites to http://contoso.com/help", "is not a valid https address")]
    [InlineData("fr-FR", "donne à Sam le numéro gratuit +1 800 555 0100 sur ses invitations", "n’est pas activé pour l’audioconférence")]
    public async Task BrokenRules_AreRefusedAtPlanTime_WithTheReason(string locale, string text, string reason)
    {
        await BridgeAsync();

        var said = Shown(await SayAsync(locale == "fr-FR" ? Camille : Megan, text, locale));

        Assert.True(said.Contains(reason, StringComparison.Ordinal), said);
        Assert.DoesNotContain("plan.confirm", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditForm_NewFields_GoThroughThePlanner_AndAUserIsRefusedTheSubmit()
    {
        var bridge = await BridgeAsync();

        var form = await SayAsync(Megan, "change the conferencing bridge");
        var submit = WithInputs(CardOf(form), ActionData(form, "bridge.edit"));
        submit["conf2TollFree"] = TollFree;
        submit["conf2Footer"] = "Dial in from anywhere";
        submit["conf2AnnouncementType"] = "ToneOnly";
        submit["conf2Lang12065550150"] = "German, English";
        var byUser = Shown(await ClickAsync(Priya, submit));
        var plan = await ClickAsync(Megan, submit);
        await ConfirmAsync(Megan, plan, "en-US");

        Assert.Contains("conf2Footer", Shown(form), StringComparison.Ordinal);
        Assert.Contains("Only an admin", byUser, StringComparison.Ordinal);
        Assert.Contains("German → English (US)", Shown(plan), StringComparison.Ordinal);
        var state = (await Phone.Conferencing.GetBridgeAsync(Admin)).Value.Bridge;
        var settings = (await Phone.Conferencing.GetSettingsAsync(Admin)).Value;
        Assert.Equal((TollFree, "de-DE"), (state.DefaultTollFreeNumber, state.Find(Dedicated)?.Languages?.Primary));
        Assert.Equal(("Dial in from anywhere", EntryExitAnnouncementsType.ToneOnly), (settings.Invite?.FooterText, settings.EntryExitAnnouncementsType));
        Assert.Equal(bridge.Name, state.Name);
    }

    [Theory]
    [InlineData("en-US", "list the conferencing organizers", "Conferencing organizers (2)")]
    [InlineData("fr-FR", "liste les organisateurs de conférence", "Organisateurs de conférences (2)")]
    public async Task Organizers_AreListed_WithProviderAndNumbers(string locale, string text, string title)
    {
        await BridgeAsync();

        var list = Shown(await SayAsync(locale == "fr-FR" ? Camille : Megan, text, locale));

        Assert.Contains(title, list, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", list, StringComparison.Ordinal);
        Assert.Contains("Megan Bowen", list, StringComparison.Ordinal);
        Assert.Contains("+13125550140", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "move the organizers from +1 312 555 0140 to +1 206 555 0150", "move the organizers from +1 206 555 0150 to +1 312 555 0140", "Toll number on the invites of Alex Wilber", "No organizer has +12065550150 on their invites")]
    [InlineData("fr-FR", "déplace les organisateurs vers le +1 206 555 0150 depuis le +1 312 555 0140", "déplace les organisateurs du +1 206 555 0150 au +1 312 555 0140", "Numéro payant sur les invitations d’Alex Wilber", "Aucun organisateur n’a le +12065550150 sur ses invitations")]
    public async Task Organizers_MoveFromOneNumberToAnother_WhileTheBridgeDefaultStays(string locale, string text, string backwards, string line, string nobody)
    {
        var bridge = await BridgeAsync();
        var admin = locale == "fr-FR" ? Camille : Megan;
        var back = await SayAsync(admin, backwards, locale);

        var plan = await SayAsync(admin, text, locale);
        await ConfirmAsync(admin, plan, locale);

        Assert.Contains(nobody, Shown(back), StringComparison.Ordinal);
        Assert.Contains(line, Shown(plan), StringComparison.Ordinal);
        Assert.Contains("+13125550140 → +12065550150", Shown(plan), StringComparison.Ordinal);
        var organizers = (await Phone.Conferencing.ListOrganizersAsync(Admin)).Value;
        Assert.Equal(2, organizers.Count);
        Assert.All(organizers, o => Assert.Equal(Dedicated, o.TollNumber));
        Assert.Equal(bridge.DefaultNumber, (await Phone.Conferencing.GetBridgeAsync(Admin)).Value.Bridge.DefaultNumber);
        Assert.Equal("+13125550140", bridge.DefaultNumber);
    }

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, locale: locale));

    private Task<IReadOnlyList<JObject>> ClickAsync(string user, JObject data, string locale = "en-US") =>
        SendAsync(Client, Invoke(user, data, locale: locale));

    private Task<IReadOnlyList<JObject>> ConfirmAsync(string user, IReadOnlyList<JObject> plan, string locale) =>
        ClickAsync(user, ConfirmData(plan), locale);

    // Audio Conferencing licenses for the organizers-to-be (the guide enables them with the bridge).
    private async Task LicenseAsync(params string[] people)
    {
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.AudioConferencing, 5))).IsSuccess);
        foreach (var person in people)
        {
            var assigned = await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(person), [Sku.AudioConferencing]));
            Assert.True(assigned.IsSuccess, assigned.IsSuccess ? null : assigned.Error.Code);
        }
    }

    // A dedicated toll and a toll-free number of the inventory on the bridge, with Communications Credits for the toll-free one.
    private async Task DedicatedNumbersAsync()
    {
        var now = DateTimeOffset.UtcNow;
        await TenantSeed.PutAsync(Factory.Services, Demo, NumberCollections.Numbers,
            (Dedicated, new PhoneNumber(Dedicated, "US", "WA", "Seattle", NumberType.ConferenceToll, NumberSource.Acquired, now)),
            (TollFree, new PhoneNumber(TollFree, "US", "WA", "Toll Free", NumberType.ConferenceTollFree, NumberSource.Acquired, now)));
        await TenantSeed.PutAsync(Factory.Services, Demo, CreditsCollections.Accounts,
            (CreditsAccount.Id, new CreditsAccount([new CreditLot("lot-1", 50m, 50m, now.AddDays(-1), now.AddDays(364))], AutoRecharge: null)));
        foreach (var number in new[] { Dedicated, TollFree })
        {
            var assigned = await Phone.Conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, IdempotencyKey.New(), number));
            Assert.True(assigned.IsSuccess, assigned.IsSuccess ? null : assigned.Error.Code);
        }
    }

    // Conferencing on (US shared numbers), Megan and Alex organizers, and the dedicated numbers.
    private async Task<ConferenceBridge> BridgeAsync()
    {
        await LicenseAsync(Megan, Alex);
        Assert.True((await Phone.Conferencing.EnableAsync(new EnableConferencing(Admin, IdempotencyKey.New(), "US"))).IsSuccess);
        foreach (var person in new[] { Megan, Alex })
        {
            var enabled = await Phone.Conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, IdempotencyKey.New(), UserId.Parse(person)));
            Assert.True(enabled.IsSuccess, enabled.IsSuccess ? null : enabled.Error.Code);
        }

        await DedicatedNumbersAsync();
        return (await Phone.Conferencing.GetBridgeAsync(Admin)).Value.Bridge;
    }
}
