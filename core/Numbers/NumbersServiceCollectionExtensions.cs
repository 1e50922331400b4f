using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.Numbers;

/// <summary>Registers the Numbers area.</summary>
public static class NumbersServiceCollectionExtensions
{
    /// <summary>
    /// Adds number orders, assignment and queries. <see cref="NumbersOptions"/> binds from
    /// <c>ChatPhone:Numbers</c> when an <see cref="IConfiguration"/> is registered; the defaults apply otherwise.
    /// </summary>
    public static IServiceCollection AddNumbers(this IServiceCollection services)
    {
        services.AddOptions<NumbersOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            if (provider.GetService<IConfiguration>() is { } configuration)
            {
                configuration.GetSection(NumbersOptions.Section).Bind(options);
            }
        });
        services.AddSingleton<NumberOrderService>();
        services.AddSingleton<NumberAssignmentService>();
        services.AddSingleton<NumberQueries>();
        return services;
    }
}
