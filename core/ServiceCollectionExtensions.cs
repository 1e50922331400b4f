using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Audit.Undo;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Availability;
using ChatPhone.Core.CallPaths;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers.Microsoft365;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.SelfService;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.Triage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatPhone.Core;

/// <summary>Registers the core domain services and their Redis adapters.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds ChatPhone's core: application services, the Redis store (section <c>Redis</c>) and
    /// identity settings (section <c>ChatPhone</c>).
    /// </summary>
    public static IServiceCollection AddChatPhoneCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection("Redis")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>();
        services.AddOptions<IdentityOptions>().Bind(configuration.GetSection("ChatPhone"));
        services.AddOptions<NumbersOptions>().Bind(configuration.GetSection(NumbersOptions.Section));
        services.AddOptions<PortingOptions>().Bind(configuration.GetSection(PortingOptions.Section));
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisKeys>();
        services.AddSingleton<IStoreHealth, RedisStoreHealth>();
        services.AddSingleton<IDirectoryStore, RedisDirectoryStore>();
        services.AddSingleton<IAuditLog, RedisAuditLog>();
        services.AddSingleton<IVersionedStore, RedisVersionedStore>();
        services.AddSingleton<IInboundLedger, RedisInboundLedger>();
        services.AddSingleton<IUserNumbers, RedisUserNumbers>();
        services.AddSingleton<ITenantStore, RedisTenantStore>();
        services.AddSingleton<TenantGate>();
        services.AddSingleton<CommandRunner>();

        services.AddSingleton<ActorResolver>();
        services.TryAddSingleton<IDirectorySource, NoDirectorySource>();
        services.TryAddSingleton<IConnectedLicenses, NoConnectedLicenses>();
        services.TryAddSingleton<IConnectedNumbers, NoConnectedNumbers>();
        services.AddSingleton<DirectoryImportService>();
        services.AddSingleton<MyNumbersQuery>();
        services.AddSingleton<MyPhoneQuery>();
        services.AddSingleton<DemoTenant>();
        services.AddSingleton<ProfileService>();
        services.AddAvailability();
        services.AddLicensing();
        services.AddEmergency();
        services.AddNumbers();
        services.AddPorting();
        services.AddConferencing();
        services.AddResourceAccounts();
        services.AddAudioFiles();
        services.AddCallQueues();
        services.AddAutoAttendants();
        services.AddSingleton<CallSimulator>();
        services.AddCredits();
        services.AddNotifications();
        services.AddSingleton<InvariantChecker>();
        services.AddSingleton<AuditQueryService>();
        services.AddSingleton<UndoService>();
        services.AddSingleton<SetupService>();
        services.AddSingleton<TenantSummaryService>();
        services.AddTriage();
        services.AddSingleton<Helpdesk.TicketService>();
        services.AddSingleton<PhoneSystem>();
        services.AddSingleton<Export.PowerShell.PowerShellExport>();
        return services;
    }
}
