using System.Text.RegularExpressions;
using ChatPhone.BrowserTests.Infrastructure;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static ChatPhone.BrowserTests.Infrastructure.PlaygroundPage;
using static Microsoft.Playwright.Assertions;

namespace ChatPhone.BrowserTests;

/// <summary>
/// The browser playground end to end: the real bot host on a loopback port, the page in Chromium, cards
/// rendered by the official Adaptive Cards renderer, every click sent as Teams sends it, every reply and
/// card update arriving through the page's local connector. Leaves a screenshot in <c>artifacts/</c>.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed partial class PlaygroundJourneyTests(RedisServerFixture redis) : IAsyncLifetime
{
    private KestrelBotFactory _bot = null!;
    private Chromium _chromium = null!;
    private PlaygroundPage _page = null!;

    public async Task InitializeAsync()
    {
        SetDefaultExpectTimeout(30_000);
        _bot = new KestrelBotFactory(redis);
        await _bot.StartAsync();
        _chromium = await Chromium.LaunchAsync();
        var page = await _chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 }, Locale = "en-US" });
        page.SetDefaultTimeout(30_000);
        _page = new PlaygroundPage(page);
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task Admin_GetsAndAssignsANumberByClickingCards_ThenTheAssigneeAsksForIt()
    {
        using (var client = _bot.CreateClient())
        {
            Assert.True((await client.GetAsync("/playground/lib/adaptivecards.min.js")).IsSuccessStatusCode,
                "The playground's card renderer is not built: the bot's build runs `npm ci` in bot/Playground/client, which needs Node.js and npm (apt-get install nodejs npm).");
        }

        try
        {
            await _page.OpenAsync(_bot.Address);
            await _page.SpeakAsAsync("Megan Bowen — Admin");
            await _page.SayAsync("start setup");
            var checklist = _page.Message("Teams Phone setup");
            await Expect(checklist).ToContainTextAsync("2. Buy and assign licenses — Ready");

            await BuyAndGiveLicensesAsync(checklist);
            await AddEmergencyAddressAsync();
            var number = await AcquireANumberAsync(checklist);
            await AssignAsync(number, "Alex Wilber (alex.wilber@contoso.com)");

            await _page.SpeakAsAsync("Alex Wilber — User");
            await _page.SayAsync("what's my number?");
            await Expect(_page.Said("Your phone number is")).ToContainTextAsync(number);
            await _page.SaveAsync("playground-journey", withHtml: false);
        }
        catch
        {
            await _page.SaveAsync("playground-journey-failure", withHtml: true);
            throw;
        }
    }

    // Step 2 by its form: buy both licenses, give them to Alex; the checklist updates in place.
    private async Task BuyAndGiveLicensesAsync(ILocator checklist)
    {
        await ClickAsync(Section(checklist, "2. Buy and assign licenses"), "Start");
        var form = _page.Message("Give licenses to people");
        await ClickAsync(form, "Buy");
        await _page.ConfirmAsync("Teams Phone Standard (MCOEV)");
        await Expect(_page.Said("Teams Phone Standard (MCOEV): 10 bought in all")).ToBeVisibleAsync();

        await form.GetByLabel("License", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Domestic Calling Plan (MCOPSTN1)" });
        await ClickAsync(form, "Buy");
        await _page.ConfirmAsync("Domestic Calling Plan (MCOPSTN1)");
        await Expect(_page.Said("Domestic Calling Plan (MCOPSTN1): 10 bought in all")).ToBeVisibleAsync();

        await form.GetByLabel("Alex Wilber (alex.wilber@contoso.com)").CheckAsync();
        await ClickAsync(form, "Give licenses");
        await _page.ConfirmAsync("Assign licenses to 1 person");
        await Expect(_page.Said("Licenses assigned — done: 1")).ToBeVisibleAsync();
        await Expect(checklist).ToContainTextAsync("2. Buy and assign licenses — Done");
        await Expect(checklist).ToContainTextAsync("3. Get user numbers — Ready");
    }

    // US numbers need a validated emergency address first: typed, then the prefilled form completed and submitted.
    private async Task AddEmergencyAddressAsync()
    {
        await _page.SayAsync("add emergency address 1 Microsoft Way, Redmond, WA 98052, US");
        var form = _page.Card("Emergency address", "Validate and save");
        await form.GetByLabel("Latitude (degrees)").FillAsync("47.6396");
        await form.GetByLabel("Longitude (degrees)").FillAsync("-122.1284");
        await ClickAsync(form, "Validate and save");
        await Expect(_page.Said("Address validated: 1 Microsoft Way, Redmond, WA 98052, US.")).ToBeVisibleAsync();
    }

    // Step 3 by cards: the search form, the reserved numbers, acquire; the acquired number is returned.
    private async Task<string> AcquireANumberAsync(ILocator checklist)
    {
        await ClickAsync(Section(checklist, "3. Get user numbers"), "Start");
        var search = _page.Card("Get user numbers", "Search");
        await search.GetByLabel("Where").SelectOptionAsync(new SelectOptionValue { Label = "Redmond, Washington (US)" });
        await search.GetByLabel("How many").FillAsync("1");
        await ClickAsync(search, "Search");

        var reserved = _page.Card("Numbers to acquire", "Acquire selected numbers");
        await Expect(reserved.GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
        await ClickAsync(reserved, "Acquire selected numbers");
        var acquired = _page.Card("Numbers acquired: 1.");
        await Expect(acquired).ToContainTextAsync(Number());
        return Number().Match(await acquired.InnerTextAsync()).Value;
    }

    // The assignment form that follows the acquisition: pick the person, Assign, then Confirm the plan.
    private async Task AssignAsync(string number, string person)
    {
        var form = _page.Card("Assign a number", "Assign");
        await Expect(form.GetByLabel("Number")).ToHaveValueAsync(number);
        await form.GetByLabel("Person").SelectOptionAsync(new SelectOptionValue { Label = person });
        await ClickAsync(form, "Assign");
        await _page.ConfirmAsync("Assign a phone number");
        await Expect(_page.Said($"{number} is now Alex Wilber’s number.")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"\+1\d{10}")]
    private static partial Regex Number();
}
