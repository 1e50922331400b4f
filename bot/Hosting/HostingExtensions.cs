using System.Net;
using ChatPhone.Bot.Flows;
using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Bot.Playground;
using ChatPhone.Bot.Proactive;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.State;
using ChatPhone.Bot.Teams;
using ChatPhone.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatPhone.Bot.Hosting;

/// <summary>Wiring of the bot host: addresses, services, endpoints.</summary>
public static class HostingExtensions
{
    private const string DefaultUrl = "http://localhost:3978";

    /// <summary>
    /// Listens on <c>--urls</c> / <c>ASPNETCORE_URLS</c>, else <see cref="DefaultUrl"/>. Without a
    /// MicrosoftAppId nothing authenticates callers, so every address is forced onto loopback.
    /// </summary>
    public static WebApplicationBuilder UseChatPhoneEndpoints(this WebApplicationBuilder builder)
    {
        var urls = builder.Configuration["urls"];
        var list = string.IsNullOrWhiteSpace(urls)
            ? [DefaultUrl]
            : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (string.IsNullOrWhiteSpace(builder.Configuration["MicrosoftAppId"]))
        {
            list = list.Select(ToLoopback).ToArray();
        }

        builder.WebHost.UseUrls(list);
        return builder;
    }

    /// <summary>Adds the adapter, the activity handler and everything a turn uses.</summary>
    public static IServiceCollection AddChatPhoneBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection("ChatPhone")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotStateOptions>().Bind(configuration.GetSection(BotStateOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddChatPhoneHealthChecks().AddChatPhoneTelemetry(configuration);
        services.AddHttpClient(CsvAttachmentReader.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));

        services.AddSingleton<BotFrameworkAuthentication, TenantBoundAuthentication>();
        services.AddSingleton<ChatPhoneAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ChatPhoneAdapter>());
        services.AddSingleton<IStorage, RedisBotStorage>();
        services.AddSingleton<FlowStateStore>();
        services.AddSingleton<TurnIdentityResolver>();
        services.AddSingleton<TurnCommitter>();
        services.AddSingleton<RecognizerModels>();
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<Readiness>();
        services.AddHostedService<WarmUpService>();
        services.AddChatPhoneFlows();
        services.AddChatPhonePlayground();
        services.AddChatPhoneProactive(configuration);
        services.AddTransient<IBot, ChatPhoneBot>();
        return services;
    }

    /// <summary>Maps <c>POST /api/messages</c>, the health endpoints (<c>/healthz</c>, <c>/healthz/live</c>, <c>/healthz/ready</c>) and, where enabled, the browser playground at <c>/</c>.</summary>
    public static WebApplication MapChatPhoneBot(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted));

        app.MapChatPhoneHealthChecks();
        app.MapChatPhonePlayground();
        return app;
    }

    /// <summary>Rewrites a listen address onto 127.0.0.1 unless it already is loopback.</summary>
    internal static string ToLoopback(string url)
    {
        var uri = new UriBuilder(url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal));
        var host = uri.Host.Trim('[', ']');
        var isLoopback = host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
        if (!isLoopback)
        {
            uri.Host = "127.0.0.1";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
