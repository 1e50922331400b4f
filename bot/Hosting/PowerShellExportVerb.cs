using System.Globalization;
using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Export.PowerShell;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// <c>export-powershell --tenant &lt;id&gt; --output &lt;file&gt; [--language fr]</c>: writes the tenant's configuration as a
/// MicrosoftTeams and Microsoft Graph PowerShell script, read from the store the host serves from (the rest of the
/// arguments are host configuration, such as <c>--Redis:ConnectionString</c>). With the embedded store, stop the bot first:
/// the verb opens the same data directory.
/// </summary>
internal static class PowerShellExportVerb
{
    /// <summary>The verb.</summary>
    public const string Name = "export-powershell";

    /// <summary>Writes the script; 0 when written, 1 when the tenant is unknown or the store fails, 2 on bad arguments.</summary>
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string>? options, string[] hostArgs, TextWriter output, TextWriter error)
    {
        var language = options?.GetValueOrDefault("--language") is { } chosen
            ? LanguageExtensions.FromLocale(chosen)
            : LanguageExtensions.FromLocale(CultureInfo.CurrentUICulture.Name);
        if (options is null || !options.TryGetValue("--tenant", out var tenantText) || !options.TryGetValue("--output", out var path) || string.IsNullOrWhiteSpace(path))
        {
            error.WriteLine(BotText.Get(language, "Ps_VerbUsage"));
            return 2;
        }

        var tenant = TenantId.TryCreate(tenantText);
        if (!tenant.IsSuccess)
        {
            error.WriteLine(BotText.Get(language, "Ps_VerbBadTenant", tenantText));
            return 2;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = hostArgs });
        builder.Configuration.AddLocalSettings();
        builder.Services.AddChatPhoneCore(builder.Configuration);
        await using var services = builder.Services.BuildServiceProvider();
        var script = await services.GetRequiredService<PowerShellExport>().ExportForOperatorAsync(tenant.Value, language);
        await File.WriteAllBytesAsync(path, script.ToBytes());
        output.WriteLine(BotText.Get(language, "Ps_VerbWritten", Path.GetFullPath(path), tenant.Value.ToString()));
        return 0;
    }
}
