using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ChatPhone.Bot.Hosting;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// The channel's OpenID metadata (where the signing keys are) cannot be reached: a token cannot be checked either way,
/// so the request is answered 503 with a short reason (not 500 with the exception's text in Development), logged once.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ChannelKeysOutageTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string AppId = "6f1d2c3b-8a4e-4f6a-9b1c-0d2e3f4a5b6c";
    private const string ChannelIssuer = "https://api.botframework.com";

    private readonly CapturedLogs _logs = new();
    private BotFactory _bot = null!;
    private WebApplicationFactory<Program> _factory = null!;

    public Task InitializeAsync()
    {
        // A port nothing listens on, and a path of this test's own (the framework caches metadata per address).
        var metadataUrl = $"https://127.0.0.1:{ClosedPort()}/{Guid.NewGuid():N}/openidconfiguration";
        _bot = new BotFactory(
            redis,
            ("MicrosoftAppId", AppId),
            ("MicrosoftAppPassword", "test-secret"),
            ("ToBotFromChannelOpenIdMetadataUrl", metadataUrl),
            ("ToBotFromChannelTokenIssuer", ChannelIssuer));
        _factory = _bot.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging.AddProvider(_logs)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task UnreachableSigningKeys_Answer503WithAShortReason_LoggedOnce()
    {
        var client = _factory.CreateClient();
        var answers = new List<(HttpStatusCode Status, string Body)>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = new StringContent(Message(Alex, "help", tenant: "demo").ToString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token());
            using var response = await client.SendAsync(request);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.ServiceUnavailable, ChannelKeysUnavailableException.ResponseText), answer));
        Assert.Single(_logs.Matching("Cannot fetch the channel's signing keys"));
        Assert.DoesNotContain("   at ", _logs.Text(), StringComparison.Ordinal);
    }

    private static string Token()
    {
        using var key = RSA.Create(2048);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = ChannelIssuer,
            Audience = AppId,
            Subject = new ClaimsIdentity([new Claim("serviceurl", "http://127.0.0.1:9/"), new Claim("tid", "demo")]),
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = "outage-test" }, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
