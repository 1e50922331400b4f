using ChatPhone.BrowserTests.Infrastructure;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.BrowserTests.Infrastructure.WebChatPage;
using static Microsoft.Playwright.Assertions;

namespace ChatPhone.BrowserTests;

/// <summary>
/// The bot in Microsoft's own client: Web Chat (npm <c>botframework-webchat</c>, its prebuilt bundle) in Chromium, over a
/// Direct Line 3.0 channel run by the test (<see cref="DirectLineServer"/>, polling), to the real bot host on a loopback
/// port. Cards are rendered and their buttons clicked by Web Chat itself. The page may reach nothing but the test's
/// server, and must log no error. Leaves a screenshot per step in <c>artifacts/</c>.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class WebChatJourneyTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string MeganId = "00000000-0000-4000-8000-000000000001";

    private KestrelBotFactory _bot = null!;
    private DirectLineServer _directLine = null!;
    private Chromium _chromium = null!;
    private WebChatPage _page = null!;

    public async Task InitializeAsync()
    {
        SetDefaultExpectTimeout(30_000);
        var script = WebChatPackage.EnsureInstalled();
        _bot = new KestrelBotFactory(redis);
        await _bot.StartAsync();
        _directLine = await DirectLineServer.StartAsync(_bot.Address, script);
        _chromium = await Chromium.LaunchAsync();
        var page = await _chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1000, Height = 1200 }, Locale = "en-US" });
        page.SetDefaultTimeout(30_000);
        _page = await WatchAsync(page, _directLine.Address);
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_directLine is not null)
        {
            await _directLine.DisposeAsync();
        }

        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task Admin_InWebChat_GetsHelp_StartsSetup_BuysLicensesByCards_AndIsAnsweredInFrench()
    {
        try
        {
            await _page.OpenAsync(_directLine.PageFor(MeganId, "Megan Bowen", "en-US"));

            await _page.SayAsync("help");
            var help = _page.Card("What I can do for you");
            await Expect(help).ToBeVisibleAsync();
            await _page.SaveAsync("webchat-1-help", help);

            await _page.SayAsync("start setup");
            var checklist = _page.Card("Teams Phone setup", "Start");
            await Expect(checklist).ToContainTextAsync("2. Buy and assign licenses — Ready");
            await _page.SaveAsync("webchat-2-checklist", checklist);

            await ClickAsync(Section(checklist, "2. Buy and assign licenses"), "Start");
            var form = _page.Card("Give licenses to people", "Buy");
            await Expect(form).ToBeVisibleAsync();
            await _page.SaveAsync("webchat-3-licenses-form", form);

            await _page.SayAsync("buy 5 Teams Phone licenses");
            await ClickAsync(_page.Card("Teams Phone Standard (MCOEV)", "Confirm"), "Confirm");
            var bought = _page.Said("Teams Phone Standard (MCOEV): 5 bought in all");
            await Expect(bought).ToBeVisibleAsync();
            await _page.SaveAsync("webchat-4-bought", bought);

            await _page.SayAsync("aide");
            var aide = _page.Card("Ce que je peux faire pour vous");
            await Expect(aide).ToBeVisibleAsync();
            await _page.SaveAsync("webchat-5-french", aide);

            Assert.Empty(_page.ExternalRequests);
            Assert.Empty(_page.Errors);
            Assert.Empty(_directLine.Problems);
        }
        catch (Exception failure)
        {
            await _page.SaveAsync("webchat-journey-failure", withHtml: true);
            throw new Xunit.Sdk.XunitException(
                $"The Web Chat journey failed.\nPage errors: {string.Join(" | ", _page.Errors)}\nExternal requests: {string.Join(" | ", _page.ExternalRequests)}\n"
                + $"Channel problems: {string.Join(" | ", _directLine.Problems)}\nUpdates refused: {_directLine.UpdatesRefused}\nTranscript:\n{_directLine.Transcript()}", failure);
        }
    }
}
