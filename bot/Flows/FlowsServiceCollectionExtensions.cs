using ChatPhone.Bot.Flows.Directory;

namespace ChatPhone.Bot.Flows;

/// <summary>Registers the routers and flows.</summary>
public static class FlowsServiceCollectionExtensions
{
    /// <summary>Adds every flow and both routers.</summary>
    public static IServiceCollection AddChatPhoneFlows(this IServiceCollection services)
    {
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<ActionRouter>();
        services.AddSingleton<HelpFlow>();
        services.AddSingleton<MyNumberFlow>();
        services.AddSingleton<CancelFlow>();
        services.AddSingleton<CsvAttachmentReader>();
        services.AddSingleton<DirectoryImportFlow>();
        return services;
    }
}
