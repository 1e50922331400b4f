using ChatPhone.Core;
using ChatPhone.Core.Credits;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Credits;

/// <summary>The core wired like <see cref="CoreServices"/>, with a hand-moved clock in place of the system one.</summary>
public static class CreditsTestServices
{
    public static ServiceProvider Create(RedisServerFixture redis, ManualClock clock)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Redis:ConnectionString"] = redis.ConnectionString,
                ["Redis:KeyPrefix"] = CoreServices.UniquePrefix(),
            })
            .Build();

        // Registered after the core so it replaces TimeProvider.System for the CommandRunner.
        return new ServiceCollection()
            .AddLogging()
            .AddChatPhoneCore(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddCredits()
            .BuildServiceProvider();
    }
}
