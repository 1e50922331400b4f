using ChatPhone.Core.Conferencing;

namespace ChatPhone.UnitTests.Core.Conferencing;

public sealed class ConferencingRulesTests
{
    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    [InlineData(0, false)]
    [InlineData(-5, false)]
    public void PinLength_AcceptsFourToTwelve(int length, bool accepted)
    {
        var result = ConferencingRules.PinLength(length);

        Assert.Equal(accepted, result.IsSuccess);
        if (!accepted)
        {
            Assert.Equal("conferencing.pin_length_out_of_range", result.Error!.Code);
            Assert.Equal([length.ToString(), "4", "12"], result.Error.Args);
        }
    }

    [Fact]
    public void Defaults_MatchTheReference()
    {
        var defaults = ConferencingSettings.Defaults;

        Assert.Equal(5, defaults.PinLength);
        Assert.True(defaults.EnableEntryExitNotifications);
        Assert.Equal(EntryExitAnnouncementsType.UseNames, defaults.EntryExitAnnouncementsType);
        Assert.True(defaults.EnableNameRecording);
        Assert.True(defaults.AutomaticallySendEmailsToUsers);
        Assert.False(defaults.AllowPstnOnlyMeetingsByDefault);
        Assert.Equal(MaskPstnNumbersType.MaskedForExternalUsers, defaults.MaskPstnNumbersType);
        Assert.False(defaults.AutomaticallyReplaceAcpProvider);
        Assert.Null(defaults.Invite);
    }

    [Fact]
    public void Languages_FourSecondary_Accepted_InCanonicalFormAndOrder()
    {
        var result = ConferencingRules.Languages("EN-us", ["fr-fr", "de-DE", "es-ES", "ja-jp"]);

        Assert.Equal("en-US", result.Value.Primary);
        Assert.Equal(["fr-FR", "de-DE", "es-ES", "ja-JP"], result.Value.Secondary);
    }

    [Fact]
    public void Languages_FiveSecondary_Refused()
    {
        var result = ConferencingRules.Languages("en-US", ["fr-FR", "de-DE", "es-ES", "ja-JP", "it-IT"]);

        Assert.Equal("conferencing.languages.too_many", result.Error?.Code);
        Assert.Equal(["5", "4"], result.Error!.Args);
    }

    [Fact]
    public void Languages_NoSecondary_Accepted()
    {
        Assert.Empty(ConferencingRules.Languages("fr-CA", []).Value.Secondary);
    }

    [Theory]
    [InlineData("en-US", "fr-FR", "fr-FR", "fr-FR")]
    [InlineData("en-US", "en-us", "de-DE", "en-US")]
    public void Languages_Duplicate_Refused(string primary, string first, string second, string duplicate)
    {
        var result = ConferencingRules.Languages(primary, [first, second]);

        Assert.Equal("conferencing.languages.duplicate", result.Error?.Code);
        Assert.Equal(duplicate, result.Error!.Args[0]);
    }

    [Theory]
    [InlineData("xx-XX", new string[0])]
    [InlineData("en-US", new[] { "pl-PL" })]
    [InlineData("fr", new string[0])]
    [InlineData("", new string[0])]
    public void Languages_Unsupported_Refused(string primary, string[] secondary)
    {
        Assert.Equal("conferencing.languages.unsupported", ConferencingRules.Languages(primary, secondary).Error?.Code);
    }

    [Fact]
    public void Invite_HttpsLinksAndFooterAtTheLimit_AreKept_BlanksDropped()
    {
        var footer = new string('x', ConferencingRules.MaxFooterLength);

        var result = ConferencingRules.Invite(new InviteCustomization("https://contoso.com/help", "  ", footer, "https://cdn.contoso.com/logo.png"));

        Assert.Equal(new InviteCustomization("https://contoso.com/help", null, footer, "https://cdn.contoso.com/logo.png"), result.Value);
    }

    [Fact]
    public void Invite_FooterOneOverTheLimit_Refused()
    {
        var result = ConferencingRules.Invite(new InviteCustomization(null, null, new string('x', ConferencingRules.MaxFooterLength + 1), null));

        Assert.Equal("conferencing.invite.footer_too_long", result.Error?.Code);
    }

    [Theory]
    [InlineData("http://contoso.com/logo.png")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/logo.png")]
    [InlineData("ftp://contoso.com/logo.png")]
    [InlineData("https://user:pw@contoso.com/logo.png")]
    [InlineData("not a url")]
    public void Invite_LogoNotHttps_Refused(string logo)
    {
        var result = ConferencingRules.Invite(new InviteCustomization(null, null, null, logo));

        Assert.Equal("conferencing.invite.url_invalid", result.Error?.Code);
        Assert.Equal("logo", result.Error!.Args[0]);
    }

    [Fact]
    public void Invite_HelpLinkNotHttps_NamesTheField()
    {
        Assert.Equal("help", ConferencingRules.Invite(new InviteCustomization("http://x.com", null, null, null)).Error!.Args[0]);
    }

    [Theory]
    [InlineData("Contoso bridge", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("a\nb", false)]
    public void BridgeName_MustBePrintableAndNonEmpty(string name, bool accepted)
    {
        Assert.Equal(accepted, ConferencingRules.BridgeName(name).IsSuccess);
    }

    [Fact]
    public void BridgeName_LengthBoundary()
    {
        Assert.True(ConferencingRules.BridgeName(new string('b', ConferencingRules.MaxBridgeNameLength)).IsSuccess);
        Assert.Equal("conferencing.bridge.name_invalid", ConferencingRules.BridgeName(new string('b', ConferencingRules.MaxBridgeNameLength + 1)).Error?.Code);
    }
}
