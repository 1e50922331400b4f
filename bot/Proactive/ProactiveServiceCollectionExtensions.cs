using ChatPhone.Bot.Proactive.Renderers;

namespace ChatPhone.Bot.Proactive;

/// <summary>Registers proactive messaging: conversation references, the sender and the renderers.</summary>
public static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// Adds the conversation reference store, the background <see cref="ProactiveSender"/> with the
    /// <see cref="ProactiveDelivery"/> it hands due messages to (settings in <c>ChatPhone:Proactive</c>) and the
    /// renderers of number and port messages.
    /// </summary>
    public static IServiceCollection AddChatPhoneProactive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProactiveOptions>().Bind(configuration.GetSection(ProactiveOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<IProactiveConnector, BotConnector>();
        services.AddSingleton<NotificationRenderers>();
        services.AddSingleton<RecipientLanguage>();
        services.AddSingleton<ProactiveRateLimits>();
        services.AddSingleton<WaitingRecipients>();
        services.AddSingleton<ClaimedMessageSender>();
        services.AddSingleton<ProactiveDelivery>();
        services.AddSingleton<ProactiveSender>();
        services.AddHostedService(sp => sp.GetRequiredService<ProactiveSender>());
        services.AddNotificationRenderer<NumberAssignedRenderer>();
        services.AddNotificationRenderer<PortCompletedRenderer>();
        return services;
    }

    /// <summary>Registers the renderer of one kind of outbox message (one per kind).</summary>
    public static IServiceCollection AddNotificationRenderer<T>(this IServiceCollection services)
        where T : class, INotificationRenderer
    {
        services.AddSingleton<INotificationRenderer, T>();
        return services;
    }
}
