using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// <c>POST /api/messages</c> from callers without a valid token: large bodies are refused without being read (413, or
/// 401 before the body when no bearer token is sent), memory stays bounded, refusals are one warning line each, and an
/// address that keeps being refused is answered 429.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class UnauthenticatedDrainTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string AppId = "6f1d2c3b-8a4e-4f6a-9b1c-0d2e3f4a5b6c";
    private const string JwtShaped = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl";
    private const int Posts = 12;
    private const int LargeBody = 20 * 1024 * 1024;

    private readonly CapturedLogs _logs = new();
    private BotFactory _bot = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = new BotFactory(redis, ("MicrosoftAppId", AppId), ("ChatPhone:MaxRefusalsPerMinute", "5"));
        _factory = _bot.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging.AddProvider(_logs)));
        _client = await BotFactory.ReadyClientAsync(_factory);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task LargeBodiesWithoutAToken_AreRefusedUnread_AndAllocateFarLessThanTheyCarry()
    {
        // Over real Kestrel and a plain client: the in-memory test server, and the factory's client (ready to resend on a
        // redirect), would themselves buffer every body they are given.
        await using var kestrel = _bot.WithWebHostBuilder(host => host.UseSetting("urls", "http://127.0.0.1:0"));
        kestrel.UseKestrel();
        kestrel.StartServer();
        var address = kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var body = LargeActivity();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var statuses = await Task.WhenAll(Enumerable.Range(0, Posts).Select(_ => PostAsync(client, body, token: null)));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.All(statuses, status => Assert.True(status is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, status.ToString()));
        // Reading them (as before) allocates several times what they carry; refused unread, a small fraction. The margin
        // is wide because other test classes allocate in this process meanwhile.
        Assert.True(allocated < (long)Posts * LargeBody / 2, $"{allocated / (1024 * 1024)} MB allocated for {Posts} refused posts");
    }

    [Fact]
    public async Task DeclaredBodyLargerThanTheLimit_Is413_BeforeTheTokenIsChecked()
    {
        var status = await PostAsync(LargeActivity(), JwtShaped);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task UndeclaredBodyLargerThanTheLimit_Is413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            // No Content-Length: the limit is enforced while reading.
            Content = new StreamContent(new MemoryStream(LargeActivity(1024 * 1024))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", JwtShaped);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task RepeatedRefusalsFromOneAddress_Get429_UntilTheWindowEnds()
    {
        var small = Encoding.UTF8.GetBytes(Message(Alex, "help", tenant: "demo").ToString());
        var refused = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            refused.Add(await PostAsync(small, token: null));
        }

        using var request = Request(small, JwtShaped);
        var throttled = await _client.SendAsync(request);

        Assert.All(refused, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter);
    }

    [Fact]
    public async Task RequestsWithoutABearerToken_AreLoggedAsOneWarningLine_WithoutAStackTrace()
    {
        var small = Encoding.UTF8.GetBytes(Message(Alex, "help", tenant: "demo").ToString());

        await PostAsync(small, token: null);
        await PostAsync(small, token: "not-a-jwt");

        var refusals = _logs.Matching("no well-formed bearer token");
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, line => Assert.StartsWith("Warning:", line, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", _logs.Text(), StringComparison.Ordinal);
    }

    private Task<HttpStatusCode> PostAsync(byte[] body, string? token) => PostAsync(_client, body, token);

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, byte[] body, string? token)
    {
        using var request = Request(body, token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static HttpRequestMessage Request(byte[] body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    // A message whose text makes it <paramref name="size"/> bytes long.
    private static byte[] LargeActivity(int size = LargeBody)
    {
        var activity = Message(Alex, "@@TEXT@@", tenant: "demo").ToString();
        return Encoding.UTF8.GetBytes(activity.Replace("@@TEXT@@", new string('a', size - activity.Length), StringComparison.Ordinal));
    }
}
