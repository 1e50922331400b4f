using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.Numbers;

/// <summary>Registers the Numbers area.</summary>
public static class NumbersServiceCollectionExtensions
{
    /// <summary>
    /// Adds number orders, assignment and queries. <c>AddChatPhoneCore</c> binds <see cref="NumbersOptions"/>
    /// from <c>ChatPhone:Numbers</c>; without it the defaults apply.
    /// </summary>
    public static IServiceCollection AddNumbers(this IServiceCollection services)
    {
        services.AddOptions<NumbersOptions>();
        services.AddSingleton<NumberOrderService>();
        services.AddSingleton<NumberAssignmentService>();
        services.AddSingleton<NumberQueries>();
        services.AddSingleton<Microsoft365.NumberSyncService>();
        return services;
    }
}
