using Microsoft.Playwright;

namespace ChatPhone.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright's node driver (shipped in the Microsoft.Playwright package):
/// no browser download. Never skips: without Chromium the test fails saying how to install it.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    /// <summary>Set this to use another Chromium or Chrome build than Debian's.</summary>
    public const string Variable = "CHATPHONE_CHROMIUM";

    private const string DebianPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        var path = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named ? named : DebianPath;
        Assert.True(File.Exists(path),
            $"Chromium is missing at {path}. Install it (apt-get install chromium) or set {Variable} to a Chromium or Chrome executable.");

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            // Chromium's sandbox refuses to run as root (CI and this machine run as root).
            Args = ["--no-sandbox"],
        });
        return new Chromium(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
