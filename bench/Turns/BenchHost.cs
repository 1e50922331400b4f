using System.Net;
using ChatPhone.Bench.Infrastructure;
using ChatPhone.Bot.Hosting;
using ChatPhone.Core;
using ChatPhone.Core.Numbers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatPhone.Bench.Turns;

/// <summary>
/// A bot host on a loopback Kestrel port in this process: the real ChatPhone bot (its own hosting extensions, as
/// Program.cs wires them) or the echo bot on the same ASP.NET Core + CloudAdapter stack. Both log warnings only.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new TurnClient(new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) });
    }

    /// <summary>http://127.0.0.1:port.</summary>
    public Uri Address { get; }

    /// <summary>Posts turns to this host.</summary>
    public TurnClient Client { get; }

    /// <summary>The host's services (the real bot's PhoneSystem, for seeding).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The real bot on <paramref name="store"/> under its own key prefix, demo tenant seeded; returns once /healthz says ready.</summary>
    public static async Task<BenchHost> StartChatPhoneAsync(StoreServer store, string keyPrefix)
    {
        var builder = Builder(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = store.ConnectionString,
            ["Redis:KeyPrefix"] = keyPrefix,
            ["ChatPhone:SeedDemo"] = "true",
            ["ChatPhone:DefaultTenantId"] = TurnClient.Tenant,
            // Proactive delivery is not a turn: the bench's conversations have no reachable connector, so the sender would
            // only retry "you have a new number" messages in the background and load the host being measured.
            ["ChatPhone:Proactive:Enabled"] = "false",
            // The admin scenario acquires a Seattle number per round, thousands in a run: more than the carrier's default stock.
            [$"{NumbersOptions.Section}:{nameof(NumbersOptions.StockPerPlace)}"] = "1000000",
        });
        builder.Services.AddChatPhoneCore(builder.Configuration).AddChatPhoneBot(builder.Configuration);
        var app = builder.Build();
        app.MapChatPhoneBot();
        return await StartAsync(app, builder.Configuration["urls"]!, "/healthz");
    }

    /// <summary>
    /// The echo bot: CloudAdapter without authentication (no app id, as the bench's ChatPhone host), one IBot; on
    /// <paramref name="url"/> when given, else on a free loopback port.
    /// </summary>
    public static async Task<BenchHost> StartEchoAsync(string? url = null)
    {
        var builder = Builder(url is null ? [] : new Dictionary<string, string?> { ["urls"] = url });
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted));
        app.MapGet("/healthz", () => Results.Text("ready"));
        return await StartAsync(app, builder.Configuration["urls"]!, "/healthz");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static WebApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        settings.TryAdd("urls", $"http://127.0.0.1:{Tools.FreePort()}");
        settings["MicrosoftAppId"] = string.Empty;
        settings["Logging:LogLevel:Default"] = "Warning";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.UseChatPhoneEndpoints();
        return builder;
    }

    private static async Task<BenchHost> StartAsync(WebApplication app, string url, string health)
    {
        await app.StartAsync();
        var host = new BenchHost(app, new Uri(url));
        using var probe = new HttpClient { BaseAddress = host.Address };
        for (var i = 0; i < 300; i++)
        {
            if ((await probe.GetAsync(health)).StatusCode == HttpStatusCode.OK)
            {
                return host;
            }

            await Task.Delay(100);
        }

        throw new BenchException($"The bench host at {url} did not become healthy within 30 s.");
    }
}

/// <summary>The floor: answers every message with its own text, nothing else.</summary>
internal sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);
}
