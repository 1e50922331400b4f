using Microsoft.Playwright;

namespace ChatPhone.BrowserTests.Infrastructure;

/// <summary>
/// Microsoft's Web Chat as a person uses it: type in its send box, read the bot's bubbles, click buttons in the
/// Adaptive Cards it renders. Every lookup waits for what arrives by polling. Also watches the page: every script error
/// or console error, and every request not to the test's own server (blocked), is kept for the test to assert on.
/// </summary>
public sealed class WebChatPage
{
    private readonly IPage _page;
    private readonly List<string> _errors = [];
    private readonly List<string> _externalRequests = [];

    private WebChatPage(IPage page) => _page = page;

    public IPage Page => _page;

    /// <summary>Script errors and console errors, in order.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Requests to anywhere but the test's server (each was aborted).</summary>
    public IReadOnlyList<string> ExternalRequests => _externalRequests;

    private ILocator BotBubbles => _page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");

    /// <summary>Watches <paramref name="page"/> and lets it reach <paramref name="server"/> only.</summary>
    public static async Task<WebChatPage> WatchAsync(IPage page, Uri server)
    {
        var watched = new WebChatPage(page);
        page.PageError += (_, error) => watched._errors.Add("pageerror: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watched._errors.Add("console.error: " + message.Text);
            }
        };
        await page.RouteAsync("**/*", async route =>
        {
            if (Uri.TryCreate(route.Request.Url, UriKind.Absolute, out var url) && url.Authority == server.Authority)
            {
                await route.ContinueAsync();
                return;
            }

            watched._externalRequests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        return watched;
    }

    public async Task OpenAsync(Uri address)
    {
        await _page.GotoAsync(address.ToString());
        await _page.Locator("body[data-ready=true]").WaitForAsync();
        await SendBox.WaitForAsync();
    }

    public async Task SayAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>The latest card showing <paramref name="text"/>.</summary>
    public ILocator Card(string text) => _page.Locator(".ac-adaptiveCard").Filter(new() { HasText = text }).Last;

    /// <summary>The latest card showing <paramref name="text"/> with a <paramref name="button"/> button.</summary>
    public ILocator Card(string text, string button) =>
        _page.Locator(".ac-adaptiveCard").Filter(new() { HasText = text, Has = _page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }) }).Last;

    /// <summary>The latest bot bubble showing <paramref name="text"/>.</summary>
    public ILocator Said(string text) => BotBubbles.Filter(new() { HasText = text }).Last;

    /// <summary>The part of a card (its innermost container) that shows <paramref name="text"/>.</summary>
    public static ILocator Section(ILocator card, string text) => card.Locator(".ac-container").Filter(new() { HasText = text }).Last;

    public static Task ClickAsync(ILocator scope, string button) =>
        scope.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    /// <summary>Screenshots the transcript scrolled to <paramref name="shown"/> (Web Chat scrolls itself, not the page).</summary>
    public async Task SaveAsync(string name, ILocator? shown = null, bool withHtml = false)
    {
        if (shown is not null)
        {
            await shown.ScrollIntoViewIfNeededAsync();
        }

        await _page.ScreenshotAsync(new() { Path = Artifacts.PathOf(name + ".png") });
        if (withHtml)
        {
            await File.WriteAllTextAsync(Artifacts.PathOf(name + ".html"), await _page.ContentAsync());
        }
    }

    private ILocator SendBox => _page.Locator("[data-id=webchat-sendbox-input]");
}
