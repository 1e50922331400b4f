using ChatPhone.Bot.Hosting;
using ChatPhone.Core;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ChatPhone.IntegrationTests.Bot.Hosting;

/// <summary>A setting out of range stops the bot at start-up with a message that names the setting.</summary>
[Collection(RedisCollection.Name)]
public sealed class OptionsValidationTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData("ChatPhone:Proactive:MaxAttempts", "0")]
    [InlineData("ChatPhone:Proactive:SendTimeoutMs", "-5")]
    [InlineData("ChatPhone:State:FlowStateDays", "0")]
    [InlineData("ChatPhone:State:StrangerReferenceDays", "100000")]
    [InlineData("ChatPhone:DefaultTenantId", "not a tenant}")]
    [InlineData("Redis:OperationTimeoutMs", "0")]
    [InlineData("Redis:KeyPrefix", "cp{x}")]
    [InlineData("Redis:Embedded:Port", "70000")]
    public async Task BadSetting_StartUpFails_NamingTheSetting(string setting, string value)
    {
        // The host built as Program builds it (WebApplicationFactory's deferred host sometimes reports a failed start
        // as an ObjectDisposedException instead of its cause).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Redis:KeyPrefix"] = CoreServices.UniquePrefix(),
            [setting] = value,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddChatPhoneCore(builder.Configuration).AddChatPhoneBot(builder.Configuration);
        await using var app = builder.Build();
        app.MapChatPhoneBot();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(setting, failure.Message, StringComparison.Ordinal);
    }
}
