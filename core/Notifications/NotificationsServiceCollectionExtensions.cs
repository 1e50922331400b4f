using ChatPhone.Core.Storage.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.Notifications;

/// <summary>Registers the outbox.</summary>
public static class NotificationsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="OutboxService"/> and the store scan that finds tenants with an outbox.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<IOutboxTenants, RedisOutboxTenants>();
        services.AddSingleton<OutboxService>();
        return services;
    }
}
