using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.TeamsApp;

/// <summary>
/// The Teams app manifest (schema v1.29) in English, and one localization file per other language
/// (<c>fr.json</c>) translating the names, descriptions and command lists.
/// </summary>
public static class TeamsAppManifest
{
    /// <summary>The manifest schema version this package follows.</summary>
    public const string ManifestVersion = "1.29";

    /// <summary>The manifest's <c>$schema</c>.</summary>
    public const string SchemaUrl = "https://developer.microsoft.com/en-us/json-schemas/teams/v1.29/MicrosoftTeams.schema.json";

    /// <summary>The localization files' <c>$schema</c>.</summary>
    public const string LocalizationSchemaUrl = "https://developer.microsoft.com/en-us/json-schemas/teams/v1.29/MicrosoftTeams.Localization.schema.json";

    /// <summary>The product's name, the same in every language.</summary>
    public const string ProductName = "ChatPhone";

    /// <summary>The language of the manifest's own strings.</summary>
    public const string DefaultLanguageTag = "en-us";

    /// <summary>The file names of the two icons inside the package.</summary>
    public const string ColorIconFile = "color.png", OutlineIconFile = "outline.png";

    /// <summary>The other languages: their tag and the file holding their strings.</summary>
    public static readonly IReadOnlyList<(Language Language, string Tag, string File)> Translations = [(Language.French, "fr-fr", "fr.json")];

    /// <summary>How the package writes its JSON: indented, accents as typed.</summary>
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The manifest for <paramref name="settings"/>.</summary>
    public static JsonObject Build(TeamsAppSettings settings)
    {
        string T(string name) => TeamsAppText.Get(Language.English, name);

        return new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = settings.Version,
            ["id"] = settings.AppId,
            ["localizationInfo"] = new JsonObject
            {
                ["defaultLanguageTag"] = DefaultLanguageTag,
                ["additionalLanguages"] = new JsonArray(Translations
                    .Select(t => (JsonNode)new JsonObject { ["languageTag"] = t.Tag, ["file"] = t.File })
                    .ToArray()),
            },
            ["developer"] = new JsonObject
            {
                ["name"] = settings.DeveloperName,
                ["websiteUrl"] = settings.WebsiteUrl.AbsoluteUri,
                ["privacyUrl"] = settings.PrivacyUrl.AbsoluteUri,
                ["termsOfUseUrl"] = settings.TermsOfUseUrl.AbsoluteUri,
            },
            ["name"] = new JsonObject { ["short"] = ProductName, ["full"] = T("App_NameFull") },
            ["description"] = new JsonObject { ["short"] = T("App_DescriptionShort"), ["full"] = T("App_DescriptionFull") },
            ["icons"] = new JsonObject { ["outline"] = OutlineIconFile, ["color"] = ColorIconFile },
            ["accentColor"] = AppIcons.AccentColor,
            ["bots"] = new JsonArray(new JsonObject
            {
                ["botId"] = settings.BotId,
                ["scopes"] = new JsonArray(TeamsAppCommands.Lists.Select(l => (JsonNode)l.Scope).ToArray()),
                ["isNotificationOnly"] = false,
                // Files both ways in personal chat: a CSV sent to the bot, the exported script sent through file consent.
                ["supportsFiles"] = true,
                ["commandLists"] = new JsonArray(TeamsAppCommands.Lists.Select(list => (JsonNode)new JsonObject
                {
                    ["scopes"] = new JsonArray(list.Scope),
                    ["commands"] = new JsonArray(list.Commands.Select(command => (JsonNode)new JsonObject
                    {
                        ["title"] = T(TeamsAppCommands.Title(command)),
                        ["description"] = T(TeamsAppCommands.Description(command)),
                    }).ToArray()),
                }).ToArray()),
            }),
            ["permissions"] = new JsonArray("identity", "messageTeamMembers"),
            ["validDomains"] = new JsonArray(settings.ValidDomains.Select(d => (JsonNode)d).ToArray()),
        };
    }

    /// <summary>The localization file for <paramref name="language"/>: the manifest's strings, keyed by their JSON path.</summary>
    public static JsonObject Localization(Language language)
    {
        string T(string name) => TeamsAppText.Get(language, name);

        var file = new JsonObject
        {
            ["$schema"] = LocalizationSchemaUrl,
            ["name.short"] = ProductName,
            ["name.full"] = T("App_NameFull"),
            ["description.short"] = T("App_DescriptionShort"),
            ["description.full"] = T("App_DescriptionFull"),
        };
        for (var l = 0; l < TeamsAppCommands.Lists.Count; l++)
        {
            var commands = TeamsAppCommands.Lists[l].Commands;
            for (var c = 0; c < commands.Count; c++)
            {
                file[$"bots[0].commandLists[{l}].commands[{c}].title"] = T(TeamsAppCommands.Title(commands[c]));
                file[$"bots[0].commandLists[{l}].commands[{c}].description"] = T(TeamsAppCommands.Description(commands[c]));
            }
        }

        return file;
    }
}
