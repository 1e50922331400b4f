using ChatPhone.Bot.Hosting;
using ChatPhone.Core.Common;
using Microsoft.Extensions.Configuration;

namespace ChatPhone.UnitTests.Bot.Hosting;

public sealed class SettingPlaceholderTests
{
    [Fact]
    public void SampleSettingsCopiedAsIs_AreRefused_NamingEveryPlaceholder()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(SampleFile()).Build();

        var found = SettingPlaceholders.Find(configuration);

        Assert.Contains("MicrosoftAppId", found);
        Assert.Contains("MicrosoftAppPassword", found);
        Assert.Contains("MicrosoftAppTenantId", found);
        Assert.Contains("Redis:ConnectionString", found);
        Assert.Contains("ChatPhone:BootstrapAdmins:0", found);
        var refusal = StartupChecks.Refusal(configuration, Language.English);
        Assert.NotNull(refusal);
        Assert.Contains("ChatPhone:BootstrapAdmins:0", refusal, StringComparison.Ordinal);
        Assert.Contains("appsettings.sample.json", StartupChecks.Refusal(configuration, Language.French), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ChatPhone:BootstrapAdmins:1", "<AAD object id or UPN>")]
    [InlineData("MicrosoftAppPassword", " <bot app secret> ")]
    [InlineData("Redis:ConnectionString", "<host:port,password=…>")]
    public void OnePlaceholderLeft_IsRefused(string key, string value)
    {
        var configuration = Configuration(("ChatPhone:BootstrapAdmins:0", "megan@contoso.com"), (key, value));

        Assert.Equal([key], SettingPlaceholders.Find(configuration));
    }

    [Fact]
    public void RealOrEmptySettings_AndOtherSectionsWithAngleBrackets_AreAccepted()
    {
        var configuration = Configuration(
            ("MicrosoftAppId", "6f1d2c3b-8a4e-4f6a-9b1c-0d2e3f4a5b6c"),
            ("MicrosoftAppPassword", "a<b>c"),
            ("Redis:ConnectionString", string.Empty),
            ("ChatPhone:BootstrapAdmins:0", "megan@contoso.com"),
            ("PS1", "<not ours>"));

        Assert.Empty(SettingPlaceholders.Find(configuration));
        Assert.Null(StartupChecks.Refusal(configuration, Language.English));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    private static string SampleFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var sample = Path.Combine(directory.FullName, "appsettings.sample.json");
            if (File.Exists(Path.Combine(directory.FullName, "ChatPhone.sln")) && File.Exists(sample))
            {
                return sample;
            }
        }

        throw new InvalidOperationException("appsettings.sample.json not found above " + AppContext.BaseDirectory);
    }
}
