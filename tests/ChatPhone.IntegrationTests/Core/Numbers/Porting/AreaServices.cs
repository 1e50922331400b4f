using ChatPhone.Core;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Numbers.Porting;

/// <summary>Core services with the Emergency and Porting areas, on a clock the test controls.</summary>
public static class AreaServices
{
    public static ServiceProvider Create(RedisServerFixture redis, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Redis:ConnectionString"] = redis.ConnectionString,
                ["Redis:KeyPrefix"] = CoreServices.UniquePrefix(),
            })
            .Build();
        var services = new ServiceCollection().AddLogging().AddChatPhoneCore(configuration);
        services.AddSingleton(clock);
        return services.AddEmergency().AddPorting().BuildServiceProvider();
    }
}
