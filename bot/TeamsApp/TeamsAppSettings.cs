using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.TeamsApp;

/// <summary>What the Teams app package is built from, read and checked from configuration.</summary>
/// <param name="BotId">The bot's Microsoft App ID (<c>MicrosoftAppId</c>), a GUID in lower case.</param>
/// <param name="Version">The app's version (<c>ChatPhone:TeamsApp:Version</c>), three numbers.</param>
/// <param name="PublicUrl">Where Teams reaches the bot (<c>--endpoint</c>, else <c>ChatPhone:PublicUrl</c>), when known.</param>
/// <param name="DeveloperName">Shown as the app's publisher (<c>ChatPhone:TeamsApp:DeveloperName</c>).</param>
/// <param name="WebsiteUrl">The developer's site (<c>ChatPhone:TeamsApp:WebsiteUrl</c>).</param>
/// <param name="PrivacyUrl">The privacy statement (<c>ChatPhone:TeamsApp:PrivacyUrl</c>).</param>
/// <param name="TermsOfUseUrl">The terms of use (<c>ChatPhone:TeamsApp:TermsOfUseUrl</c>).</param>
public sealed partial record TeamsAppSettings(
    string BotId, string Version, Uri? PublicUrl, string DeveloperName, Uri WebsiteUrl, Uri PrivacyUrl, Uri TermsOfUseUrl)
{
    /// <summary>The configuration section of the package's optional settings.</summary>
    public const string Section = "ChatPhone:TeamsApp";

    // Fixed namespace of the app ids derived from bot ids (a random GUID, chosen once; never change it).
    private static readonly Guid AppIdNamespace = new("5d0c6c1e-2f0b-4a57-9a4e-6f1d8c3b7e21");

    // Where the developer links point when neither they nor a public URL are configured.
    private static readonly Uri Placeholder = new("https://localhost/");

    /// <summary>The app's own id: a name-based GUID (RFC 9562 version 5) of the bot id, so it is the same on every build.</summary>
    public string AppId => NameBasedGuid(AppIdNamespace, "teams-app:" + BotId).ToString();

    /// <summary>The host Teams may open links to (<c>validDomains</c>): the public URL's, when one is configured.</summary>
    public IReadOnlyList<string> ValidDomains => PublicUrl is null ? [] : [PublicUrl.Host];

    /// <summary>
    /// Reads the settings; <paramref name="endpoint"/> (the verb's <c>--endpoint</c>) wins over <c>ChatPhone:PublicUrl</c>.
    /// False with the <paramref name="problem"/> when <c>MicrosoftAppId</c> is missing or anything is malformed.
    /// </summary>
    public static bool TryRead(
        IConfiguration configuration,
        string? endpoint,
        [NotNullWhen(true)] out TeamsAppSettings? settings,
        [NotNullWhen(false)] out TeamsAppProblem? problem)
    {
        problem = Read(configuration, endpoint, out settings);
        return problem is null;
    }

    /// <summary>A version 5 (SHA-1, name-based) GUID of <paramref name="name"/> in <paramref name="space"/>.</summary>
    internal static Guid NameBasedGuid(Guid space, string name)
    {
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        var hash = SHA1.HashData(input).AsSpan(0, 16);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }

    private static TeamsAppProblem? Read(IConfiguration configuration, string? endpoint, out TeamsAppSettings? settings)
    {
        settings = null;
        var appId = Value(configuration["MicrosoftAppId"]);
        if (appId is null)
        {
            return new TeamsAppProblem("Package_AppIdMissing");
        }

        if (!Guid.TryParseExact(appId, "D", out var botId))
        {
            return new TeamsAppProblem("Package_AppIdInvalid", appId);
        }

        var (urlName, urlText) = Value(endpoint) is { } given
            ? ("--endpoint", given)
            : ("ChatPhone:PublicUrl", Value(configuration["ChatPhone:PublicUrl"]));
        Uri? publicUrl = null;
        if (urlText is not null && !TryHttps(urlText, out publicUrl))
        {
            return new TeamsAppProblem("Package_UrlInvalid", urlName, urlText);
        }

        var section = configuration.GetSection(Section);
        var version = Value(section["Version"]) ?? "1.0.0";
        if (!SemanticVersion().IsMatch(version))
        {
            return new TeamsAppProblem("Package_VersionInvalid", version);
        }

        var developer = Value(section["DeveloperName"]) ?? "ChatPhone";
        if (developer.Length > 32)
        {
            return new TeamsAppProblem("Package_NameTooLong", developer);
        }

        // The privacy and terms links fall back to the website, which falls back to the public URL's root.
        var links = new Dictionary<string, Uri>();
        var site = publicUrl is null ? Placeholder : new Uri(publicUrl.GetLeftPart(UriPartial.Authority) + "/");
        foreach (var key in (string[])["WebsiteUrl", "PrivacyUrl", "TermsOfUseUrl"])
        {
            if (Value(section[key]) is not { } text)
            {
                links[key] = links.GetValueOrDefault("WebsiteUrl", site);
            }
            else if (TryHttps(text, out var url))
            {
                links[key] = url;
            }
            else
            {
                return new TeamsAppProblem("Package_UrlInvalid", $"{Section}:{key}", text);
            }
        }

        settings = new TeamsAppSettings(
            botId.ToString(), version, publicUrl, developer, links["WebsiteUrl"], links["PrivacyUrl"], links["TermsOfUseUrl"]);
        return null;
    }

    private static bool TryHttps(string text, [NotNullWhen(true)] out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && url.Scheme == Uri.UriSchemeHttps && url.Host.Length > 0;

    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SemanticVersion();
}

/// <summary>Why the package cannot be built: a message of <see cref="TeamsAppText"/> and its arguments.</summary>
/// <param name="Name">The message's resource name (<c>Package_…</c>).</param>
/// <param name="Args">What the message names: the offending setting and value.</param>
public sealed record TeamsAppProblem(string Name, params string[] Args)
{
    /// <summary>The message in <paramref name="language"/>.</summary>
    public string Describe(Language language) => TeamsAppText.Get(language, Name, Args);
}
