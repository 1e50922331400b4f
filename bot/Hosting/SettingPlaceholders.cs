namespace ChatPhone.Bot.Hosting;

/// <summary>
/// Settings still holding a placeholder of <c>appsettings.sample.json</c> (<c>"&lt;bot app secret&gt;"</c>): copied as-is,
/// the sample would turn channel authentication on with a made-up app id and make <c>"&lt;AAD object id or UPN&gt;"</c>
/// an admin. The host refuses to start while any remains.
/// </summary>
internal static class SettingPlaceholders
{
    // The sections an operator fills in; the rest of the configuration (environment variables of the machine…) is not ours.
    private static readonly string[] Checked = ["MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "Redis", "ChatPhone"];

    /// <summary>The keys (<c>ChatPhone:BootstrapAdmins:0</c>, …) whose value is a <c>&lt;…&gt;</c> placeholder, in order.</summary>
    public static IReadOnlyList<string> Find(IConfiguration configuration) =>
        Checked.SelectMany(name => configuration.GetSection(name).AsEnumerable())
            .Where(setting => IsPlaceholder(setting.Value))
            .Select(setting => setting.Key)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToArray();

    private static bool IsPlaceholder(string? value) =>
        value?.Trim() is { Length: >= 2 } trimmed && trimmed[0] == '<' && trimmed[^1] == '>';
}
