using Microsoft.Playwright;

namespace ChatPhone.BrowserTests.Infrastructure;

/// <summary>
/// The playground page as a person uses it: pick who speaks, type, click buttons in the cards. Every
/// lookup is by visible text or role and waits for what the bot sends (over the page's event stream).
/// </summary>
public sealed class PlaygroundPage(IPage page)
{
    public IPage Page => page;

    private ILocator BotMessages => page.Locator(".bubble.bot");

    public async Task OpenAsync(Uri address)
    {
        await page.GotoAsync(address.ToString());
        await page.Locator("body[data-ready=true]").WaitForAsync();
    }

    public Task SpeakAsAsync(string personOption) =>
        page.GetByLabel("Speak as").SelectOptionAsync(new SelectOptionValue { Label = personOption });

    public async Task SayAsync(string text)
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Type a message" }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
    }

    /// <summary>The latest bot message showing <paramref name="text"/>.</summary>
    public ILocator Message(string text) => BotMessages.Filter(new() { HasText = text }).Last;

    /// <summary>The latest bot message showing <paramref name="text"/> with a <paramref name="button"/> button.</summary>
    public ILocator Card(string text, string button) =>
        BotMessages.Filter(new() { HasText = text, Has = page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }) }).Last;

    /// <summary>The latest card (not a plain message) showing <paramref name="text"/>.</summary>
    public ILocator Card(string text) => BotMessages.Locator(".card").Filter(new() { HasText = text }).Last;

    /// <summary>A sentence the bot said (as a message, not inside a card).</summary>
    public ILocator Said(string text) => BotMessages.Locator(".text").Filter(new() { HasText = text }).First;

    /// <summary>The part of a card (its innermost container) that shows <paramref name="text"/>.</summary>
    public static ILocator Section(ILocator card, string text) => card.Locator(".ac-container").Filter(new() { HasText = text }).Last;

    public static Task ClickAsync(ILocator scope, string button) =>
        scope.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    /// <summary>Clicks Confirm on the plan card that shows <paramref name="text"/>.</summary>
    public Task ConfirmAsync(string text) => ClickAsync(Card(text, "Confirm"), "Confirm");

    public async Task SaveAsync(string name, bool withHtml)
    {
        await page.ScreenshotAsync(new() { Path = Artifacts.PathOf(name + ".png"), FullPage = true });
        if (withHtml)
        {
            await File.WriteAllTextAsync(Artifacts.PathOf(name + ".html"), await page.ContentAsync());
        }
    }
}
