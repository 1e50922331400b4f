using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.ResourceAccounts;

/// <summary>Registers the ResourceAccounts area.</summary>
public static class ResourceAccountsRegistration
{
    /// <summary>Adds <see cref="ResourceAccountService"/> (needs the core's <c>CommandRunner</c>).</summary>
    public static IServiceCollection AddResourceAccounts(this IServiceCollection services) =>
        services.AddSingleton<ResourceAccountService>();
}
