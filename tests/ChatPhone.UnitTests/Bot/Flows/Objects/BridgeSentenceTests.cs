using ChatPhone.Bot.Flows.Objects.Services;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;

namespace ChatPhone.UnitTests.Bot.Flows.Objects;

/// <summary>Conferencing sentences, EN and FR, one setting or several at once, read into one edit; and the rules checked at plan time.</summary>
public sealed class BridgeSentenceTests
{
    private const string Shared = "+13125550140";
    private const string Dedicated = "+12065550150";
    private const string TollFree = "+18005550100";

    private static readonly ConferenceBridge Bridge = new("b", "Conference Bridge", "US",
    [
        new BridgeNumber(Shared, NumberType.ConferenceToll, true, "Chicago"),
        new BridgeNumber(Dedicated, NumberType.ConferenceToll, false, "Seattle"),
        new BridgeNumber(TollFree, NumberType.ConferenceTollFree, false, null),
    ], Shared, DateTimeOffset.UnixEpoch);

    private static readonly BridgePerson[] People = [new("id-megan", "Megan Bowen"), new("id-alex", "Alex Wilber")];

    private static readonly OrganizerSettings[] Organizers =
        [new("id-megan", ConferencingProvider.Microsoft, Shared, null, true, false, DateTimeOffset.UnixEpoch)];

    [Theory]
    [InlineData("set the languages of +1 206 555 0150 to English then Spanish and French", "en-US", "es-ES,fr-FR")]
    [InlineData("set the languages of +1 206 555 0150 to British English, Mexican Spanish, French", "en-GB", "es-MX,fr-FR")]
    [InlineData("le numéro +1 206 555 0150 parle français puis anglais", "fr-FR", "en-US")]
    [InlineData("le numero +1 206 555 0150 parle francais canadien puis anglais et espagnol", "fr-CA", "en-US,es-ES")]
    [InlineData("set the languages of the dial-in number +12065550150 to ja-JP and ko-KR", "ja-JP", "ko-KR")]
    public void Languages_AreReadInOrder_ForTheNumberNamed(string text, string primary, string secondary)
    {
        var edit = BridgeSentence.Read(text, Bridge, People);

        var languages = Assert.Single(edit.Languages);
        Assert.Equal(Dedicated, languages.Number);
        Assert.Equal(primary, languages.Languages?.Primary);
        Assert.Equal(secondary, string.Join(',', languages.Languages!.Secondary));
    }

    [Theory]
    [InlineData("restore the default languages of +1 206 555 0150")]
    [InlineData("restaure les langues par défaut du +1 206 555 0150")]
    public void RestoringLanguages_GivesNoLanguages(string text)
    {
        var languages = Assert.Single(BridgeSentence.Read(text, Bridge, People).Languages);

        Assert.Equal((Dedicated, (NumberLanguages?)null), (languages.Number, languages.Languages));
    }

    [Theory]
    [InlineData("set the invite footer to « Call us, any time: 555 »", null, null, "Call us, any time: 555", null)]
    [InlineData("set the footer of meeting invites to \"Dial 0 for help\"", null, null, "Dial 0 for help", null)]
    [InlineData("set the footer of the invites to Call the helpdesk", null, null, "Call the helpdesk", null)]
    [InlineData("put the footer 'Questions? Call the helpdesk' on invites", null, null, "Questions? Call the helpdesk", null)]
    [InlineData("set the help link of invites to https://contoso.com/help and the legal link to https://contoso.com/legal.", "https://contoso.com/help", "https://contoso.com/legal", null, null)]
    [InlineData("mets le pied de page des invitations à “Appelez le support”", null, null, "Appelez le support", null)]
    [InlineData("logo des invitations : https://contoso.fr/logo.png, lien d’aide https://contoso.fr/aide", "https://contoso.fr/aide", null, null, "https://contoso.fr/logo.png")]
    [InlineData("remove the logo and the help link from invites", "", null, null, "")]
    [InlineData("supprime le pied de page des invitations", null, null, "", null)]
    public void Invite_ReadsLinksQuotesAndClearing(string text, string? help, string? legal, string? footer, string? logo)
    {
        var edit = BridgeSentence.Read(text, Bridge, People);

        Assert.Equal((help, legal, footer, logo), (edit.HelpUrl, edit.LegalUrl, edit.FooterText, edit.LogoUrl));
    }

    [Theory]
    [InlineData("use tone only for entry and exit announcements", EntryExitAnnouncementsType.ToneOnly, true)]
    [InlineData("announce callers by their names when they join and leave", EntryExitAnnouncementsType.UseNames, null)]
    [InlineData("annonce les arrivées et départs avec une tonalité", EntryExitAnnouncementsType.ToneOnly, null)]
    public void Announcements_ReadTheirType(string text, EntryExitAnnouncementsType type, bool? on)
    {
        var edit = BridgeSentence.Read(text, Bridge, People);

        Assert.Equal((type, on), (edit.AnnouncementType, edit.Announcements));
    }

    [Fact]
    public void SeveralSettings_InOneSentence_AreAllRead()
    {
        var edit = BridgeSentence.Read(
            "set the PIN length to 6, turn off name recording, mask callers' numbers for everyone and stop sending emails to organizers", Bridge, People);

        Assert.Equal(6, edit.PinLength);
        Assert.False(edit.NameRecording);
        Assert.Equal(MaskPstnNumbersType.MaskedForAllUsers, edit.Masking);
        Assert.False(edit.Emails);
        Assert.Null(edit.Announcements);
    }

    [Fact]
    public void SeveralSettings_InFrench_AreAllRead()
    {
        var edit = BridgeSentence.Read(
            "désactive l’enregistrement des noms, passe le code PIN à 8 et laisse les appelants démarrer la réunion sans l’organisateur", Bridge, People);

        Assert.Equal((false, 8, true), (edit.NameRecording, edit.PinLength, edit.PstnOnly));
    }

    [Theory]
    [InlineData("let callers start meetings without the organizer", true)]
    [InlineData("don't let callers start meetings without the organizer", false)]
    public void PstnOnly_IsReadWithoutTakingWithoutForOff(string text, bool on) =>
        Assert.Equal(on, BridgeSentence.Read(text, Bridge, People).PstnOnly);

    [Theory]
    [InlineData("mask callers' phone numbers only for external people", MaskPstnNumbersType.MaskedForExternalUsers)]
    [InlineData("stop masking callers' numbers", MaskPstnNumbersType.NoMasking)]
    [InlineData("masque les numéros des appelants pour tout le monde", MaskPstnNumbersType.MaskedForAllUsers)]
    public void Masking_ReadsWhoIsMasked(string text, MaskPstnNumbersType masking) =>
        Assert.Equal(masking, BridgeSentence.Read(text, Bridge, People).Masking);

    [Theory]
    [InlineData("automatically replace the ACP provider with Microsoft", true)]
    [InlineData("ne remplace plus automatiquement le fournisseur tiers", false)]
    public void ReplacingAcp_IsATenantSetting_NotAProvider(string text, bool on)
    {
        var edit = BridgeSentence.Read(text, Bridge, People);

        Assert.Equal((on, false), (edit.ReplaceAcp, edit.ThirdPartyProvider));
    }

    [Theory]
    [InlineData("use a third-party conferencing provider for Megan")]
    [InlineData("utilise un fournisseur d’audioconférence tiers pour Alex")]
    public void ThirdPartyProvider_IsMarkedForRefusal(string text) =>
        Assert.True(BridgeSentence.Read(text, Bridge, People).ThirdPartyProvider);

    [Fact]
    public void MicrosoftProvider_IsAnOrganizerChange() =>
        Assert.Equal(new OrganizerEdit(UserId.Parse("id-megan"), ConferencingProvider.Microsoft), Assert.Single(BridgeSentence.Read("set Megan's provider to Microsoft", Bridge, People).Organizers));

    [Theory]
    [InlineData("give Megan the toll-free number +1 800 555 0100 on her invites")]
    [InlineData("donne à Megan Bowen le numéro gratuit +1 800 555 0100 sur ses invitations")]
    public void OrganizerNumbers_TakeTheKindOfTheBridgeNumber(string text) =>
        Assert.Equal(new OrganizerEdit(UserId.Parse("id-megan"), TollFreeNumber: TollFree), Assert.Single(BridgeSentence.Read(text, Bridge, People).Organizers));

    [Fact]
    public void OrganizerTollNumber_IsReadForThePersonNamed() =>
        Assert.Equal(new OrganizerEdit(UserId.Parse("id-megan"), TollNumber: Dedicated),
            Assert.Single(BridgeSentence.Read("set Megan's default toll number to +1 206 555 0150", Bridge, People).Organizers));

    [Theory]
    [InlineData("make +1 800 555 0100 the toll-free number on invites")]
    [InlineData("mets le +1 800 555 0100 comme numéro gratuit sur les invitations")]
    public void TollFreeOnInvites_IsForEveryOrganizer(string text)
    {
        var edit = BridgeSentence.Read(text, Bridge, People);

        Assert.Equal((TollFree, (string?)null), (edit.TollFreeDefault, edit.AddNumber));
        Assert.Empty(edit.Organizers);
    }

    [Fact]
    public void DefaultChange_CanKeepTheOrganizers()
    {
        var edit = BridgeSentence.Read("make +1 206 555 0150 the default number and keep the organizers on the old one", Bridge, People);

        Assert.Equal((Dedicated, (bool?)false), (edit.DefaultNumber, edit.MoveOrganizers));
    }

    [Fact]
    public void Rename_StopsAtTheNextClause()
    {
        var edit = BridgeSentence.Read("rename the bridge to Contoso Meetings and set the PIN length to 8", Bridge, People);

        Assert.Equal(("Contoso Meetings", (int?)8), (edit.Name, edit.PinLength));
    }

    [Theory]
    [InlineData("set the languages of +1 206 555 0150 to English, French, Spanish, German, Italian and Japanese", "conferencing.languages.too_many")]
    [InlineData("set the languages of +1 312 555 0140 to French", "conferencing.languages.shared_number")]
    [InlineData("use a third-party conferencing provider for Megan", "conferencing.provider.third_party_not_for_teams")]
    [InlineData("make +1 206 555 0150 the toll-free number on invites", "conferencing.wrong_kind")]
    [InlineData("set the help link of invites to http://contoso.com/help", "conferencing.invite.url_invalid")]
    [InlineData("give Alex the toll-free number +1 800 555 0100 on his invites", "conferencing.organizer.not_enabled")]
    [InlineData("make +1 800 555 0100 the default number of the bridge", "conferencing.bridge.toll_free_default")]
    public void PlanRules_RefuseWithCoresCode(string text, string code)
    {
        var edit = BridgeSentence.Read(text, Bridge, People).Against(Bridge, ConferencingSettings.Defaults, Organizers);

        var refusal = BridgePlanRules.Check(edit, Bridge, ConferencingSettings.Defaults, Organizers, new Dictionary<string, string>(), hasCredits: true);

        Assert.Equal(code, refusal?.Code);
    }

    [Fact]
    public void PlanRules_TollFreeWithoutCredits_IsRefused()
    {
        var edit = BridgeSentence.Read("make +1 800 555 0100 the toll-free number on invites", Bridge, People);

        var refusal = BridgePlanRules.Check(edit, Bridge, ConferencingSettings.Defaults, Organizers, new Dictionary<string, string>(), hasCredits: false);

        Assert.Equal("conferencing.credits_required", refusal?.Code);
    }

    [Fact]
    public void Edit_TravelsThroughItsSlot_Unchanged()
    {
        var edit = BridgeSentence.Read("set the languages of +1 206 555 0150 to English then French, give Megan the toll-free number +1 800 555 0100 on her invites and set the footer of invites to « Hi »", Bridge, People);

        var back = BridgeEdit.Read(edit.Write());

        Assert.Equal(edit.Write(), back.Write());
        Assert.Equal("Hi", back.FooterText);
        Assert.Single(back.Languages);
        Assert.Single(back.Organizers);
    }
}
