using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;

namespace ChatPhone.IntegrationTests.Bot.Hosting;

/// <summary>A setting out of range stops the bot at start-up with a message that names the setting.</summary>
[Collection(RedisCollection.Name)]
public sealed class OptionsValidationTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData("ChatPhone:Proactive:MaxAttempts", "0")]
    [InlineData("ChatPhone:Proactive:SendTimeoutMs", "-5")]
    [InlineData("ChatPhone:DefaultTenantId", "not a tenant}")]
    [InlineData("Redis:OperationTimeoutMs", "0")]
    [InlineData("Redis:KeyPrefix", "cp{x}")]
    [InlineData("Redis:Embedded:Port", "70000")]
    public void BadSetting_StartUpFails_NamingTheSetting(string setting, string value)
    {
        using var factory = new BotFactory(redis, (setting, value));

        // One bad setting: the host's start-up check throws its OptionsValidationException as is.
        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(setting, failure.Message, StringComparison.Ordinal);
    }
}
