using ChatPhone.Bot.Hosting;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

public sealed class PackageTeamsAppVerbTests
{
    [Fact]
    public void IsVerb_KnowsBothVerbs_AndLeavesHostOptionsAlone()
    {
        Assert.True(CommandLineVerbs.IsVerb(["package-teams-app", "--output", "x.zip"]));
        Assert.True(CommandLineVerbs.IsVerb(["recognize", "help"]));
        Assert.False(CommandLineVerbs.IsVerb(["--urls", "http://localhost:5000"]));
        Assert.False(CommandLineVerbs.IsVerb([]));
    }

    [Fact]
    public async Task PackageTeamsApp_WithAppIdAndEndpoint_WritesAValidPackageForThatBot()
    {
        var folder = UnzippedPackage.NewFolder();
        var zip = Path.Combine(folder, "out", "chatphone.zip");
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = await CommandLineVerbs.RunAsync(
            ["package-teams-app", "--output", zip, "--endpoint", "https://bot.contoso.com", "--MicrosoftAppId", TeamsAppFixture.BotId],
            output, error: error);

        Assert.True(code == 0, $"exit {code}: {error}");
        using var package = UnzippedPackage.Open(folder, zip);
        var errors = TeamsSchemas.ManifestErrors(package.Manifest);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        Assert.Equal(TeamsAppFixture.BotId, package.Manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("bot.contoso.com", package.Manifest["validDomains"]![0]!.GetValue<string>());
        Assert.Contains(zip, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackageTeamsApp_WithoutAppId_FailsWithAClearMessage_AndWritesNothing()
    {
        var folder = UnzippedPackage.NewFolder();
        var zip = Path.Combine(folder, "chatphone.zip");
        var error = new StringWriter();

        try
        {
            // An empty value on the command line overrides any MicrosoftAppId from the environment.
            var code = await CommandLineVerbs.RunAsync(["package-teams-app", "--output", zip, "--MicrosoftAppId", ""], new StringWriter(), error: error);

            Assert.Equal(1, code);
            Assert.Contains("MicrosoftAppId is not set", error.ToString(), StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("package-teams-app")]
    [InlineData("package-teams-app --output")]
    [InlineData("package-teams-app --output --endpoint https://bot.contoso.com")]
    [InlineData("package-teams-app chatphone.zip")]
    public async Task PackageTeamsApp_BadArguments_PrintsUsageAndExits2(string commandLine)
    {
        var error = new StringWriter();

        Assert.Equal(2, await CommandLineVerbs.RunAsync(commandLine.Split(' '), new StringWriter(), error: error));
        Assert.Contains("package-teams-app --output <file.zip>", error.ToString(), StringComparison.Ordinal);
    }
}
