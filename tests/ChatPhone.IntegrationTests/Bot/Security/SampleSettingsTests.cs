using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// <c>appsettings.sample.json</c> copied as-is would turn authentication on with a placeholder app id and make
/// <c>"&lt;AAD object id or UPN&gt;"</c> an admin: the built bot, started with exactly its values, exits at once naming them.
/// </summary>
public sealed class SampleSettingsTests
{
    [Fact]
    public async Task BotStartedWithTheSampleSettings_RefusesToStart_NamingThePlaceholders()
    {
        var sample = new ConfigurationBuilder().AddJsonFile(SampleFile()).Build().AsEnumerable()
            .Where(setting => setting.Value is not null)
            .Select(setting => (setting.Key, setting.Value!))
            .ToArray();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(async () => await (await BotProcess.StartAsync(sample)).DisposeAsync());

        Assert.Contains("exited with 1", refused.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", refused.Message, StringComparison.Ordinal);
        Assert.Contains("ChatPhone:BootstrapAdmins:0", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Message, StringComparison.Ordinal);
    }

    private static string SampleFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChatPhone.sln")))
            {
                return Path.Combine(directory.FullName, "appsettings.sample.json");
            }
        }

        throw new InvalidOperationException("No ChatPhone.sln above " + AppContext.BaseDirectory);
    }
}
