using ChatPhone.Bot.Flows.Audit;
using ChatPhone.Bot.Flows.Availability;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Conferencing;
using ChatPhone.Bot.Flows.Credits;
using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Bot.Flows.Emergency;
using ChatPhone.Bot.Flows.Helpdesk;
using ChatPhone.Bot.Flows.Licensing;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Flows.Objects.Numbers;
using ChatPhone.Bot.Flows.Numbers;
using ChatPhone.Bot.Flows.Queries;
using ChatPhone.Bot.Flows.ResourceAccounts;
using ChatPhone.Bot.Flows.SelfService;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Bot.Flows.Tenants;
using ChatPhone.Bot.Proactive;
using ChatPhone.Bot.Flows.VoiceApps;

namespace ChatPhone.Bot.Flows;

/// <summary>Registers the routers and flows.</summary>
public static class FlowsServiceCollectionExtensions
{
    /// <summary>Adds every flow (each under the roles it plays) and both routers.</summary>
    public static IServiceCollection AddChatPhoneFlows(this IServiceCollection services)
    {
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<ActionRouter>();
        services.AddSingleton<CsvAttachmentReader>();
        services.AddSingleton<PeopleResolver>();
        services.AddSingleton<IntentFlows>();
        services.AddSingleton<ChecklistTracker>();
        services.AddSingleton<StepFormSender>();
        services.AddSingleton<TicketViews>();
        services.AddSingleton<FixApplier>();
        services.AddSingleton<BillingCurrency>();
        services.AddSingleton<ITicketNotifier, ProactiveTicketNotifier>();
        services.AddNotificationRenderer<TicketOpenedRenderer>();
        services.AddNotificationRenderer<TicketChangedRenderer>();

        services.AddFlow<HelpFlow>();
        services.AddFlow<HelpButtonFlow>();
        services.AddFlow<ObjectButtonFlow>();
        services.AddFlow<ObjectFlow>();
        services.AddFlow<CallSimulationFlow>();
        services.AddSingleton<ResourceAccountViews>();
        services.AddFlow<ResourceAccountPlans>();
        services.AddFlow<ResourceAccountHandler>();
        services.AddFlow<SmallTalkFlow>();
        services.AddFlow<IntentChoiceFlow>();
        services.AddFlow<OrganisationProfileFlow>();
        services.AddFlow<MyNumberFlow>();
        services.AddFlow<CancelFlow>();
        services.AddFlow<DirectoryImportFlow>();
        services.AddFlow<PlanFlow>();
        services.AddFlow<FormFlow>();
        services.AddFlow<ChecklistFlow>();
        services.AddFlow<StepReviewFlow>();
        services.AddFlow<AvailabilityFlow>();
        services.AddFlow<LicenseFlow>();
        services.AddFlow<NumberSearchFlow>();
        services.AddFlow<AssignNumberFlow>();
        services.AddFlow<BulkNumbersFlow>();
        services.AddFlow<InfoFlow>();
        services.AddFlow<CreateCallQueueFlow>();
        services.AddFlow<CreateAutoAttendantFlow>();
        services.AddFlow<AddHolidayFlow>();
        services.AddFlow<BulkLicenseFlow>();
        services.AddFlow<ConferencingFlow>();
        services.AddFlow<ResourceAccountFlow>();
        services.AddFlow<ServiceNumberFlow>();
        services.AddFlow<FundCreditsFlow>();
        services.AddFlow<AuditFlow>();
        services.AddFlow<EmergencyAddressFlow>();
        services.AddSingleton<EmergencyPlaces>();
        services.AddFlow<EmergencyAddressHandler>();
        services.AddFlow<EditAddressFormFlow>();
        services.AddFlow<EmergencyLocationHandler>();
        services.AddFlow<AddEmergencyLocationFlow>();
        services.AddFlow<SetEmergencyLocationFlow>();
        services.AddFlow<NumberInventoryFlow>();
        services.AddFlow<RequestNumbersFlow>();
        services.AddFlow<PortNumbersFlow>();
        services.AddFlow<TicketFlow>();
        services.AddFlow<TriageFlow>();
        services.AddFlow<TicketListFlow>();
        services.AddFlow<HelpdeskChannelFlow>();
        services.AddFlow<SelfServiceFlow>();
        services.AddFlow<LicenseListFlow>();
        services.AddFlow<NumberOrderListFlow>();
        services.AddFlow<CallQueueListFlow>();
        services.AddFlow<Objects.CallQueues.CallQueueHandler>();
        services.AddFlow<AddQueueAgentsFlow>();
        services.AddFlow<AutoRechargeFlow>();
        services.AddFlow<RemoveLicenseFlow>();
        services.AddSingleton<Objects.Licenses.LicenseBook>();
        services.AddSingleton<Objects.Licenses.LicenseGroupFlow>();
        services.AddFlow<Objects.Licenses.SubscriptionPlanner>();
        services.AddFlow<Objects.Licenses.PersonLicensesFlow>();
        services.AddFlow<Objects.Licenses.SubscriptionHandler>();
        services.AddFlow<UndoFlow>();
        services.AddFlow<AutoAttendantHandler>();
        services.AddFlow<HolidayHandler>();
        services.AddSingleton<NumberBookReader>();
        services.AddSingleton<PhoneNumberList>();
        services.AddFlow<PhoneNumberHandler>();
        services.AddFlow<PhoneNumberActions>();
        services.AddFlow<NumberOrderHandler>();
        services.AddFlow<PortOrderHandler>();
        services.AddFlow<Objects.Services.BridgeHandler>();
        services.AddFlow<Objects.Services.CreditsHandler>();
        services.AddFlow<Objects.Services.TicketHandler>();
        services.AddFlow<Objects.Services.HelpdeskChannelHandler>();
        services.AddFlow<TenantSummaryFlow>();
        return services;
    }
}
