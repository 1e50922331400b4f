using System.Text.Json.Nodes;
using ChatPhone.Bot.TeamsApp;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

public sealed class TeamsAppManifestTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("https://chatphone.contoso.com")]
    public void Package_ManifestAndFrenchFile_AreValidAgainstTheOfficialTeamsSchemas(string? endpoint)
    {
        using var package = UnzippedPackage.Build(TeamsAppFixture.Settings(endpoint));

        var manifestErrors = TeamsSchemas.ManifestErrors(package.Manifest);
        var frenchErrors = TeamsSchemas.LocalizationErrors(package.French);

        Assert.True(manifestErrors.Count == 0, "manifest.json fails the Teams schema:\n" + string.Join('\n', manifestErrors));
        Assert.True(frenchErrors.Count == 0, "fr.json fails the Teams localization schema:\n" + string.Join('\n', frenchErrors));
    }

    [Fact]
    public void Package_HoldsManifestFrenchAndBothIcons_AtTheRoot() =>
        Assert.Equal(
            ["color.png", "fr.json", "manifest.json", "outline.png"],
            UnzippedPackageFiles(TeamsAppFixture.Settings()));

    public static TheoryData<string, Action<JsonNode>> BrokenManifests => new()
    {
        { "no bot id", m => m["bots"]![0]!.AsObject().Remove("botId") },
        { "manifestVersion 1.28", m => m["manifestVersion"] = "1.28" },
        { "bot id not a GUID", m => m["bots"]![0]!["botId"] = "chatphone" },
        { "short name over 30", m => m["name"]!["short"] = new string('x', 31) },
        { "unknown scope", m => m["bots"]![0]!["scopes"]!.AsArray().Add("meeting") },
        { "unknown property", m => m["colour"] = "blue" },
        { "no icons", m => m.AsObject().Remove("icons") },
    };

    [Theory]
    [MemberData(nameof(BrokenManifests))]
    public void BrokenManifest_FailsTheSchema_SoTheValidatorBites(string broken, Action<JsonNode> breakIt)
    {
        var manifest = TeamsAppManifest.Build(TeamsAppFixture.Settings());
        breakIt(manifest);

        Assert.True(TeamsSchemas.ManifestErrors(manifest).Count > 0, $"A manifest with {broken} passed the schema.");
    }

    public static TheoryData<string, Action<JsonObject>> BrokenLocalizations => new()
    {
        { "no full description", f => f.Remove("description.full") },
        { "short name over 30", f => f["name.short"] = new string('x', 31) },
        { "a fourth command list", f => f["bots[0].commandLists[3].commands[0].title"] = "aide" },
        { "an empty short description", f => f["description.short"] = " " },
    };

    [Theory]
    [MemberData(nameof(BrokenLocalizations))]
    public void BrokenLocalization_FailsTheSchema_SoTheValidatorBites(string broken, Action<JsonObject> breakIt)
    {
        var file = TeamsAppManifest.Localization(ChatPhone.Core.Common.Language.French);
        breakIt(file);

        Assert.True(TeamsSchemas.LocalizationErrors(file).Count > 0, $"A localization file with {broken} passed the schema.");
    }

    [Fact]
    public void Manifest_NamesTheConfiguredBot_AndAnAppIdDerivedFromIt()
    {
        using var package = UnzippedPackage.Build(TeamsAppFixture.Settings());
        var manifest = package.Manifest;

        Assert.Equal(TeamsAppFixture.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(TeamsAppFixture.Settings().AppId, manifest["id"]!.GetValue<string>());
        Assert.NotEqual(TeamsAppFixture.BotId, manifest["id"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(
            ("1.29", TeamsAppManifest.SchemaUrl, "en-us", "fr-fr", "fr.json"),
            (manifest["manifestVersion"]!.GetValue<string>(), manifest["$schema"]!.GetValue<string>(),
                manifest["localizationInfo"]!["defaultLanguageTag"]!.GetValue<string>(),
                manifest["localizationInfo"]!["additionalLanguages"]![0]!["languageTag"]!.GetValue<string>(),
                manifest["localizationInfo"]!["additionalLanguages"]![0]!["file"]!.GetValue<string>()));
    }

    [Fact]
    public void Package_FromTheSameSettings_IsByteIdentical() =>
        Assert.Equal(TeamsAppPackage.Build(TeamsAppFixture.Settings()), TeamsAppPackage.Build(TeamsAppFixture.Settings()));

    [Theory]
    [InlineData(null, new string[0], "https://localhost/")]
    [InlineData("https://abc-3978.euw.devtunnels.ms/api/messages", new[] { "abc-3978.euw.devtunnels.ms" }, "https://abc-3978.euw.devtunnels.ms/")]
    public void ValidDomainsAndDeveloperLinks_FollowTheEndpoint(string? endpoint, string[] domains, string website)
    {
        var manifest = TeamsAppManifest.Build(TeamsAppFixture.Settings(endpoint));

        Assert.Equal(domains, manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(website, manifest["developer"]!["websiteUrl"]!.GetValue<string>());
        Assert.Equal(website, manifest["developer"]!["privacyUrl"]!.GetValue<string>());
    }

    [Fact]
    public void FrenchFile_TranslatesEveryCommandOfTheManifest_AtTheSameIndex()
    {
        var manifest = TeamsAppManifest.Build(TeamsAppFixture.Settings());
        var french = TeamsAppManifest.Localization(ChatPhone.Core.Common.Language.French);
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();

        var paths = lists.SelectMany((list, l) => list!["commands"]!.AsArray().SelectMany((command, c) => new[]
        {
            ($"bots[0].commandLists[{l}].commands[{c}].title", command!["title"]!.GetValue<string>()),
            ($"bots[0].commandLists[{l}].commands[{c}].description", command["description"]!.GetValue<string>()),
        })).ToArray();
        var translated = french.Where(p => p.Key.StartsWith("bots[", StringComparison.Ordinal)).Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.Equal(paths.Select(p => p.Item1).Order(StringComparer.Ordinal), translated);
        Assert.All(paths, p => Assert.NotEqual(p.Item2, french[p.Item1]!.GetValue<string>()));
        Assert.NotEqual(manifest["description"]!["full"]!.GetValue<string>(), french["description.full"]!.GetValue<string>());
    }

    private static string[] UnzippedPackageFiles(TeamsAppSettings settings)
    {
        using var package = UnzippedPackage.Build(settings);
        return package.Files.Keys.Order(StringComparer.Ordinal).ToArray();
    }
}
