using ChatPhone.Bot.Flows.Availability;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Bot.Flows.Licensing;
using ChatPhone.Bot.Flows.Numbers;
using ChatPhone.Bot.Flows.Queries;
using ChatPhone.Bot.Flows.Setup;

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
        services.AddSingleton<PeopleResolver>();
        services.AddSingleton<ChecklistFlow>();
        services.AddSingleton<AvailabilityFlow>();
        services.AddSingleton<IQuestionFlow>(sp => sp.GetRequiredService<AvailabilityFlow>());
        services.AddSingleton<LicenseFlow>();
        services.AddSingleton<IPlannedFlow>(sp => sp.GetRequiredService<LicenseFlow>());
        services.AddSingleton<NumberSearchFlow>();
        services.AddSingleton<AssignNumberFlow>();
        services.AddSingleton<IPlannedFlow>(sp => sp.GetRequiredService<AssignNumberFlow>());
        services.AddSingleton<PlanFlow>();
        services.AddSingleton<InfoFlow>();
        services.AddSingleton<FlowSet>();
        return services;
    }
}
