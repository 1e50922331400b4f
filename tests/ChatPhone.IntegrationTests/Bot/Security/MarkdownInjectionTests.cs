using System.Text.RegularExpressions;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// A person whose display name is markdown (a link, bold) is shown literally wherever their name appears: their
/// help card, a helpdesk diagnosis, and the ticket card posted to the helpdesk channel. Teams renders markdown in
/// TextBlocks and messages, so an unescaped name would put a clickable link in front of the admins.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed partial class MarkdownInjectionTests(RedisServerFixture redis) : BotConversation(redis, ("ChatPhone:Proactive:PollSeconds", "0.2"), ("ChatPhone:Proactive:TenantScanSeconds", "0.5"))
{
    private const string Evil = "00000000-0000-4000-8000-00000000e411";
    private const string EvilName = "[re-verify](https://evil.example) **bold**";
    private const string EvilChat = "a:evil-personal";
    private const string Channel = "19:helpdesk@thread.tacv2";
    private FakeConnector _connector = null!;

    protected override async Task ArrangeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        await TenantSeed.PeopleAsync(Factory.Services, TenantId.Parse("demo"), (Evil, "evil@contoso.com", EvilName, "US", "user"));
    }

    protected override Task CleanUpAsync() => _connector.DisposeAsync().AsTask();

    [Fact]
    public async Task HelpCard_OfAPersonNamedLikeALink_ShowsTheNameEscaped()
    {
        var shown = Shown(await SendAsync(Client, Message(Evil, "help")));

        AssertEscaped(shown);
    }

    [Fact]
    public async Task HelpdeskDiagnosis_OfAPersonNamedLikeALink_ShowsTheNameEscaped()
    {
        var shown = Shown(await SendAsync(Client, Message(Priya, "check the phone setup of evil@contoso.com")));

        AssertEscaped(shown);
    }

    [Fact]
    public async Task TicketCard_PostedToTheHelpdeskChannel_ShowsTheNameEscaped()
    {
        await SendAsync(Client, _connector.Route(Message(Megan, "use this channel for helpdesk tickets", Channel), personal: false));

        await SendAsync(Client, _connector.Route(Message(Evil, "I can't call out", EvilChat)));
        var posted = await EventuallyAsync(() => _connector.DeliveredTo(Channel).FirstOrDefault(c => c.Text.StartsWith("New ticket", StringComparison.Ordinal)));

        AssertEscaped(posted.Activity.ToJsonString());
    }

    // The name is there, with its markdown escaped: no "](" or "**" or "[" without a backslash before it.
    private static void AssertEscaped(string json)
    {
        Assert.Contains(@"\\[re-verify\\](https://evil.example) \\*\\*bold\\*\\*", json, StringComparison.Ordinal);
        Assert.DoesNotMatch(UnescapedMarkdown(), json);
    }

    private static async Task<ConnectorCall> EventuallyAsync(Func<ConnectorCall?> find)
    {
        var until = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (find() is not { } found)
        {
            Assert.True(DateTimeOffset.UtcNow < until, "The connector did not receive the expected message within 30 s.");
            await Task.Delay(50);
        }

        return find()!;
    }

    [GeneratedRegex(@"(?<!\\)\](?=\()|(?<!\\)\*\*|(?<!\\)\[re-verify")]
    private static partial Regex UnescapedMarkdown();
}
