using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// The real bot host listening on a real loopback port (Kestrel, port chosen by the system), so the
/// bot's connector client can call back on the playground's connector over HTTP, as it does under
/// <c>dotnet run</c>. Same settings as <see cref="BotFactory"/>: test RESP server, own key prefix, demo tenant.
/// Also compiled into the browser tests.
/// </summary>
public sealed class KestrelBotFactory : WebApplicationFactory<Program>
{
    private readonly RedisServerFixture _redis;
    private readonly string _prefix = CoreServices.UniquePrefix();
    private readonly CapturedLogs _logs = new();

    public KestrelBotFactory(RedisServerFixture redis)
    {
        _redis = redis;
        // The host sets its own listen addresses (UseChatPhoneEndpoints); give it a free loopback port through its
        // own setting rather than overriding them after build, which raced with the server's start.
        UseKestrel();
    }

    /// <summary>The address the host listens on (loopback), known once <see cref="StartAsync"/> returned.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Starts the server and waits until <c>/healthz</c> says ready (demo seeded).</summary>
    public async Task<Uri> StartAsync()
    {
        StartServer();
        using var client = CreateClient();
        Address = client.BaseAddress!;
        HttpRequestException? refused = null;
        for (var i = 0; i < 150; i++)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return Address;
                }
            }
            catch (HttpRequestException exception)
            {
                // A listener not accepting yet is "not ready yet", like a 503 (seen once in CI right after start).
                refused = exception;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException(
            $"The bot did not become healthy within 30 s (last connection error: {refused?.Message ?? "none"}). What it logged at warning or above:\n{Troubles()}",
            refused);
    }

    // Why a start failed is in the host's own log (a start-up service that threw stops the host, and the port refuses).
    private string Troubles() => string.Join("\n", _logs.AtLeast(LogLevel.Warning).DefaultIfEmpty("(nothing)"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Redis:ConnectionString", _redis.ConnectionString);
        builder.UseSetting("Redis:KeyPrefix", _prefix);
        builder.UseSetting("ChatPhone:SeedDemo", "true");
        builder.UseSetting("ChatPhone:DefaultTenantId", "demo");
    }
}
