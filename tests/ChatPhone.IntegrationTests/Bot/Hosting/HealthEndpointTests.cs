using System.Net;
using ChatPhone.IntegrationTests.Infrastructure;

namespace ChatPhone.IntegrationTests.Bot.Hosting;

/// <summary>Liveness says the process serves; readiness (and <c>/healthz</c>) says the store answers and start-up work is done.</summary>
[Collection(RedisCollection.Name)]
public sealed class HealthEndpointTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Started_LiveAndReadyAnswer200_AndHealthzSaysReady()
    {
        await using var factory = new BotFactory(redis);
        using var client = await factory.ReadyClientAsync();

        var live = await client.GetAsync("/healthz/live");
        var ready = await client.GetAsync("/healthz/ready");
        var healthz = await client.GetAsync("/healthz");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready.StatusCode));
        Assert.Equal((HttpStatusCode.OK, "ready"), (healthz.StatusCode, await healthz.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task StoreDown_ReadyAnswers503_LiveStays200_AndReadyReturnsWhenTheStoreIsBack()
    {
        await using var server = await RedisProcess.StartAsync();
        await using var factory = new BotFactory(redis, ("Redis:ConnectionString", server.ConnectionString));
        using var client = await factory.ReadyClientAsync();

        await server.KillAsync();
        var down = await UntilAsync(client, "/healthz/ready", HttpStatusCode.ServiceUnavailable);
        var healthzDown = await client.GetAsync("/healthz");
        var liveDown = await client.GetAsync("/healthz/live");
        await server.RestartAsync();
        var back = await UntilAsync(client, "/healthz/ready", HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("starting", await down.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthzDown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, liveDown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    // The multiplexer notices a dead or revived server on its own schedule: poll, bounded.
    private static async Task<HttpResponseMessage> UntilAsync(HttpClient client, string path, HttpStatusCode wanted)
    {
        var response = await client.GetAsync(path);
        for (var i = 0; i < 150 && response.StatusCode != wanted; i++)
        {
            await Task.Delay(200);
            response = await client.GetAsync(path);
        }

        return response;
    }
}
