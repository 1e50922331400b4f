using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// The bot with a MicrosoftAppId: the Bot Framework validates the channel's JWT against an OpenID metadata document
/// and key set served on loopback (HTTPS, as the Bot Framework insists) with a key made here; forged tokens get 401.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ChannelAuthenticationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string AppId = "6f1d2c3b-8a4e-4f6a-9b1c-0d2e3f4a5b6c";
    private const string AppPassword = "test-secret-never-shown-7Qz";
    private const string ChannelIssuer = "https://api.botframework.com";
    private const string ServiceUrl = "http://127.0.0.1:9/";
    private const string Kid = "chatphone-test-key";

    private readonly RSA _channelKey = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);
    private readonly string _prefix = Guid.NewGuid().ToString("N")[..8];
    private X509Certificate2 _tlsCertificate = null!;
    private WebApplication _metadata = null!;
    private readonly CapturedLogs _logs = new();
    private readonly List<string> _tokensSent = [];
    private BotFactory _bot = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _tlsCertificate = TrustedLoopbackCertificate();
        _metadata = await StartMetadataServerAsync();
        var metadataUrl = _metadata.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()
            + "/" + _prefix + "/openidconfiguration";
        _bot = new BotFactory(
            redis,
            ("MicrosoftAppId", AppId),
            ("MicrosoftAppPassword", AppPassword),
            ("ToBotFromChannelOpenIdMetadataUrl", metadataUrl),
            ("ToBotFromChannelTokenIssuer", ChannelIssuer),
            ("ToChannelFromBotLoginUrl", "https://login.microsoftonline.com/botframework.com"),
            ("ToChannelFromBotOAuthScope", "https://api.botframework.com"),
            ("OAuthUrl", "https://api.botframework.com"));
        _factory = _bot.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging.AddProvider(_logs)));
        _client = await BotFactory.ReadyClientAsync(_factory);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _bot.DisposeAsync();
        await _metadata.DisposeAsync();
        using (var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            store.Open(OpenFlags.ReadWrite);
            store.Remove(_tlsCertificate);
        }

        _tlsCertificate.Dispose();
        _channelKey.Dispose();
        _otherKey.Dispose();
    }

    [Fact]
    public async Task ValidChannelToken_IsAccepted_AndTheBotAnswers()
    {
        var response = await PostAsync(Message(Alex, "help", tenant: "demo"), Token());

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("What I can do for you", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidChannelToken_WithTheActivitysTenant_IsAccepted()
    {
        var response = await PostAsync(Message(Alex, "help", tenant: "demo"), Token(tenant: "DEMO"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenWithoutATenant_ForATeamsActivity_Is401() =>
        await AssertRefusedAsync(Message(Alex, "help", tenant: "demo"), Token(tenant: null));

    [Fact]
    public async Task RefusedTokens_AreLoggedAsOneWarningLineEach_WithoutAStackTrace()
    {
        await PostAsync(Message(Alex, "help", tenant: "demo"), token: null);
        await PostAsync(Message(Alex, "help", tenant: "demo"), Token(key: _otherKey));
        await PostAsync(Message(Alex, "help", tenant: "demo"), Token(expires: DateTime.UtcNow.AddMinutes(-10)));
        await PostAsync(Message(Alex, "help", tenant: "demo"), Token(tenant: null));

        var refusals = _logs.Matching("Refused");
        Assert.True(refusals.Count >= 4, _logs.Text());
        Assert.All(refusals, line => Assert.StartsWith("Warning:", line, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", _logs.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingAuthorizationHeader_Is401() =>
        await AssertRefusedAsync(Message(Alex, "help", tenant: "demo"), token: null);

    [Fact]
    public async Task ExpiredToken_Is401() =>
        await AssertRefusedAsync(Message(Alex, "help", tenant: "demo"), Token(expires: DateTime.UtcNow.AddMinutes(-10)));

    [Fact]
    public async Task WrongAudience_Is401() =>
        await AssertRefusedAsync(Message(Alex, "help", tenant: "demo"), Token(audience: Guid.NewGuid().ToString()));

    [Fact]
    public async Task WrongIssuer_Is401() =>
        await AssertRefusedAsync(Message(Alex, "help", tenant: "demo"), Token(issuer: "https://evil.example.com"));

    [Fact]
    public async Task BadSignature_SameKidOtherKey_Is401() =>
        await AssertRefusedAsync(Message(Alex, "help", tenant: "demo"), Token(key: _otherKey));

    [Fact]
    public async Task UnknownKid_Is401() =>
        await AssertRefusedAsync(Message(Alex, "help", tenant: "demo"), Token(key: _otherKey, kid: "not-a-served-key"));

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.")]
    public async Task MalformedOrUnsignedToken_Is401(string token) =>
        await AssertRefusedAsync(Message(Alex, "help", tenant: "demo"), token);

    [Fact]
    public async Task ServiceUrlClaimNotMatchingTheActivity_Is401() =>
        await AssertRefusedAsync(Message(Alex, "help", tenant: "demo"), Token(serviceUrl: "https://evil.example.com/"));

    [Fact]
    public async Task TokenOfAnotherTenant_IsRefused_AndChangesNothing()
    {
        var audit = _factory.Services.GetRequiredService<IAuditLog>();
        var before = await audit.QueryAsync(TenantId.Parse("demo"), DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1));

        await AssertRefusedAsync(Message(Megan, "help", tenant: "demo"), Token(tenant: "contoso"));
        var noTenantNamed = Message(Megan, "help");
        await AssertRefusedAsync(noTenantNamed, Token(tenant: "contoso"));

        var after = await audit.QueryAsync(TenantId.Parse("demo"), DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1));
        Assert.Equal(before.Count, after.Count);
    }

    [Fact]
    public async Task NoSecretOrToken_AppearsInTheLogs()
    {
        await PostAsync(Message(Alex, "help", tenant: "demo"), Token());
        await PostAsync(Message(Alex, "help", tenant: "demo"), Token(key: _otherKey));
        await PostAsync(Message(Alex, "help", tenant: "demo"), Token(tenant: "contoso"));

        var logged = _logs.Text();
        Assert.Contains("Refused activity", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(AppPassword, logged, StringComparison.Ordinal);
        Assert.All(_tokensSent, token => Assert.DoesNotContain(token.Split('.')[2], logged, StringComparison.Ordinal));
    }

    private async Task AssertRefusedAsync(JObject activity, string? token)
    {
        var response = await PostAsync(activity, token);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("What I can do for you", body, StringComparison.Ordinal);
        Assert.DoesNotContain(AppPassword, body, StringComparison.Ordinal);
        if (token is not null)
        {
            Assert.DoesNotContain(token, body, StringComparison.Ordinal);
        }
    }

    private async Task<HttpResponseMessage> PostAsync(JObject activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            _tokensSent.Add(token);
        }

        return await _client.SendAsync(request);
    }

    /// <summary>A channel token as the Bot Connector signs it; each argument forges one part.</summary>
    private string Token(
        string issuer = ChannelIssuer,
        string audience = AppId,
        DateTime? expires = null,
        RSA? key = null,
        string kid = Kid,
        string serviceUrl = ServiceUrl,
        string? tenant = "demo")
    {
        var claims = new List<Claim> { new("serviceurl", serviceUrl) };
        if (tenant is not null)
        {
            claims.Add(new Claim("tid", tenant));
        }

        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = expiry.AddMinutes(-60),
            IssuedAt = expiry.AddMinutes(-60),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? _channelKey) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    /// <summary>Serves the OpenID configuration and the key set (the served key endorsed for msteams) over loopback HTTPS.</summary>
    private async Task<WebApplication> StartMetadataServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_tlsCertificate)));
        var app = builder.Build();
        var parameters = _channelKey.ExportParameters(includePrivateParameters: false);
        app.MapGet("/" + _prefix + "/openidconfiguration", (HttpContext context) => Results.Text(
            new JObject
            {
                ["issuer"] = ChannelIssuer,
                ["authorization_endpoint"] = "https://127.0.0.1/unused",
                ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/{_prefix}/keys",
                ["id_token_signing_alg_values_supported"] = new JArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JArray("private_key_jwt"),
            }.ToString(),
            "application/json"));
        app.MapGet("/" + _prefix + "/keys", () => Results.Text(
            new JObject
            {
                ["keys"] = new JArray(new JObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = Kid,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = new JArray("msteams"),
                }),
            }.ToString(),
            "application/json"));
        await app.StartAsync();
        return app;
    }

    /// <summary>
    /// A self-signed certificate for 127.0.0.1, trusted for this user while the test runs (the .NET user root store,
    /// removed on dispose): the OpenID configuration manager of the Bot Framework only fetches over HTTPS.
    /// </summary>
    private static X509Certificate2 TrustedLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(X509CertificateLoader.LoadCertificate(certificate.RawData));
        return certificate;
    }
}
