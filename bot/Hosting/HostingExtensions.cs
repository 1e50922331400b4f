using ChatPhone.Bot.Flows;
using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Bot.Playground;
using ChatPhone.Bot.Proactive;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.State;
using ChatPhone.Bot.Teams;
using ChatPhone.Bot.Turns;
using ChatPhone.Graph;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatPhone.Bot.Hosting;

/// <summary>Wiring of the bot host: addresses, services, endpoints.</summary>
public static class HostingExtensions
{
    /// <summary>
    /// Listens where configured (see <see cref="ListenAddresses"/>). Without a MicrosoftAppId nothing authenticates
    /// callers, so every address, however configured, is forced onto loopback.
    /// </summary>
    public static WebApplicationBuilder UseChatPhoneEndpoints(this WebApplicationBuilder builder)
    {
        var authenticated = !string.IsNullOrWhiteSpace(builder.Configuration["MicrosoftAppId"]);
        builder.WebHost.UseUrls(ListenAddresses.Resolve(builder.Configuration, authenticated, out var rebound));
        builder.Services.AddSingleton(new ReboundAddresses(rebound));

        // A request's line names its path, and an export download's path is its secret: whatever the configuration
        // says, requests are never logged one by one, nor matched paths. Routing only logs per request below Warning
        // ("Executing endpoint…" for every turn, which also cost a console write per turn), so it starts at Warning.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        return builder;
    }

    /// <summary>Adds the adapter, the activity handler and everything a turn uses.</summary>
    public static IServiceCollection AddChatPhoneBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection("ChatPhone")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotStateOptions>().Bind(configuration.GetSection(BotStateOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddChatPhoneHealthChecks().AddChatPhoneTelemetry(configuration);
        services.AddAttachmentDownloads(configuration);

        // A tenant connected to Microsoft 365 (Graph:ClientId set) reads its directory from Graph; otherwise nothing changes.
        services.AddGraphTenant(configuration);
        services.AddSingleton<RefusalThrottle>();
        services.AddSingleton<ActivityRequestGate>();

        services.AddSingleton<BotFrameworkAuthentication, TenantBoundAuthentication>();
        services.AddSingleton<ChatPhoneAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ChatPhoneAdapter>());
        services.AddSingleton<IStorage, RedisBotStorage>();
        services.AddSingleton<FlowStateStore>();
        services.AddSingleton<TurnIdentityResolver>();
        services.AddSingleton<TurnCommitter>();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton<RecognizerModels>();
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<Readiness>();
        services.AddHostedService<WarmUpService>();
        services.AddChatPhoneFlows();
        services.AddChatPhonePlayground();
        services.AddChatPhoneProactive(configuration);

        // What each turn does beside answering, in this order: the setup checklist, then the messages that waited.
        services.AddSingleton<ITurnFeature>(sp => sp.GetRequiredService<ChecklistTracker>());
        services.AddSingleton<ITurnFeature, ProactiveAfterTurn>();
        services.AddTransient<IBot, ChatPhoneBot>();
        return services;
    }

    /// <summary>Maps <c>POST /api/messages</c>, the health endpoints (<c>/healthz</c>, <c>/healthz/live</c>, <c>/healthz/ready</c>) and, where enabled, the browser playground at <c>/</c>.</summary>
    public static WebApplication MapChatPhoneBot(this WebApplication app)
    {
        app.UseChatPhoneErrors();
        foreach (var setting in app.Services.GetService<ReboundAddresses>()?.Settings ?? [])
        {
            app.Logger.LogWarning("No MicrosoftAppId: the address of {Setting} was moved onto loopback (nothing would authenticate remote callers)", setting);
        }

        app.MapPost("/api/messages", (HttpContext context, ActivityRequestGate gate, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            gate.HandleAsync(context, () => adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted)));

        app.MapChatPhoneHealthChecks();
        ChatPhone.Bot.Export.ScriptDownloads.Map(app);
        app.MapChatPhonePlayground();
        return app;
    }
}
