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
public sealed partial class MarkdownInjectionTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Evil = "00000000-0000-4000-8000-00000000e411";
    private const string EvilName = "[re-verify](https://evil.example) **bold**";
    private const string EvilChat = "a:evil-personal";
    private const string Channel = "19:helpdesk@thread.tacv2";
    private BotFactory _factory = null!;
    private HttpClient _client = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _factory = new BotFactory(redis, ("ChatPhone:Proactive:PollSeconds", "0.2"), ("ChatPhone:Proactive:TenantScanSeconds", "0.5"));
        _client = await _factory.ReadyClientAsync();
        await TenantSeed.PeopleAsync(_factory.Services, TenantId.Parse("demo"), (Evil, "evil@contoso.com", EvilName, "US", "user"));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task HelpCard_OfAPersonNamedLikeALink_ShowsTheNameEscaped()
    {
        var shown = Shown(await SendAsync(_client, Message(Evil, "help")));

        AssertEscaped(shown);
    }

    [Fact]
    public async Task HelpdeskDiagnosis_OfAPersonNamedLikeALink_ShowsTheNameEscaped()
    {
        var shown = Shown(await SendAsync(_client, Message(Priya, "check the phone setup of evil@contoso.com")));

        AssertEscaped(shown);
    }

    [Fact]
    public async Task TicketCard_PostedToTheHelpdeskChannel_ShowsTheNameEscaped()
    {
        await SendAsync(_client, _connector.Route(Message(Megan, "use this channel for helpdesk tickets", Channel), personal: false));

        await SendAsync(_client, _connector.Route(Message(Evil, "I can't call out", EvilChat)));
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
