using ChatPhone.Bot.TeamsApp;
using ChatPhone.Core.Common;
using static ChatPhone.UnitTests.Bot.TeamsApp.TeamsAppFixture;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

public sealed class TeamsAppSettingsTests
{
    public static TheoryData<string, (string, string?)[], string?> Problems => new()
    {
        { "Package_AppIdMissing", [], null },
        { "Package_AppIdMissing", [("MicrosoftAppId", "  ")], null },
        { "Package_AppIdInvalid", [("MicrosoftAppId", "my-bot")], null },
        { "Package_UrlInvalid", [("MicrosoftAppId", BotId)], "http://bot.contoso.com" },
        { "Package_UrlInvalid", [("MicrosoftAppId", BotId), ("ChatPhone:PublicUrl", "bot.contoso.com")], null },
        { "Package_UrlInvalid", [("MicrosoftAppId", BotId), ("ChatPhone:TeamsApp:PrivacyUrl", "/privacy")], null },
        { "Package_VersionInvalid", [("MicrosoftAppId", BotId), ("ChatPhone:TeamsApp:Version", "1.0")], null },
        { "Package_NameTooLong", [("MicrosoftAppId", BotId), ("ChatPhone:TeamsApp:DeveloperName", new string('x', 33))], null },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void TryRead_MissingOrMalformedSetting_NamesTheProblem(string expected, (string, string?)[] values, string? endpoint)
    {
        var read = TeamsAppSettings.TryRead(Configuration(values), endpoint, out var settings, out var problem);

        Assert.Equal((false, expected), (read, problem?.Name));
        Assert.Null(settings);
    }

    [Fact]
    public void MissingAppId_MessageSaysWhereToSetIt_InBothLanguages()
    {
        TeamsAppSettings.TryRead(Configuration(), null, out _, out var problem);

        Assert.Contains("Set it in bot/appsettings.Local.json", problem!.Describe(Language.English), StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId=<id>", problem.Describe(Language.French), StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_EndpointOptionWinsOverPublicUrl_AndConfiguredLinksAndVersionAreKept()
    {
        var configuration = Configuration(
            ("MicrosoftAppId", "A1B2C3D4-0000-4000-8000-00000000000F"),
            ("ChatPhone:PublicUrl", "https://old.contoso.com"),
            ("ChatPhone:TeamsApp:Version", "2.3.4"),
            ("ChatPhone:TeamsApp:PrivacyUrl", "https://contoso.com/privacy"));

        Assert.True(TeamsAppSettings.TryRead(configuration, "https://new.contoso.com:8443/api/messages", out var settings, out _));

        Assert.Equal("a1b2c3d4-0000-4000-8000-00000000000f", settings.BotId);
        Assert.Equal(["new.contoso.com"], settings.ValidDomains);
        Assert.Equal("2.3.4", settings.Version);
        Assert.Equal("https://new.contoso.com:8443/", settings.WebsiteUrl.AbsoluteUri);
        Assert.Equal("https://contoso.com/privacy", settings.PrivacyUrl.AbsoluteUri);
        Assert.Equal("https://new.contoso.com:8443/", settings.TermsOfUseUrl.AbsoluteUri);
    }

    [Fact]
    public void AppId_IsAVersion5GuidOfTheBotId_StableAcrossBuilds()
    {
        var other = Configuration(("MicrosoftAppId", "00000000-0000-0000-0000-000000000124"));
        TeamsAppSettings.TryRead(other, null, out var otherSettings, out _);

        var appId = Guid.Parse(Settings().AppId);

        Assert.Equal(Settings().AppId, Settings().AppId);
        Assert.Equal(5, appId.Version);
        Assert.NotEqual(Settings().AppId, otherSettings!.AppId);
    }

    [Fact]
    public void NameBasedGuid_MatchesTheRfcAlgorithm()
    {
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), TeamsAppSettings.NameBasedGuid(dns, "www.example.com"));
    }
}
