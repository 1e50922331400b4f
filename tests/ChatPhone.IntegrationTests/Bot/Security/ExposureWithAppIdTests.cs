using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChatPhone.Bot.Hosting;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.DependencyInjection;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// The host in Development with a MicrosoftAppId (as a developer tries a real registration): the playground, which
/// checks no token, is not served; an exception reaches no response body.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ExposureWithAppIdTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string AppId = "6f1d2c3b-8a4e-4f6a-9b1c-0d2e3f4a5b6c";
    private const string Secret = "secret-detail-of-the-failure-5Kq";
    private BotFactory _bot = null!;

    public Task InitializeAsync()
    {
        _bot = new BotFactory(redis, ("MicrosoftAppId", AppId));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/playground/people")]
    [InlineData("GET", "/playground/events?conversation=c&user=u")]
    [InlineData("GET", "/playground/strings?lang=en")]
    [InlineData("POST", "/playground/connector/v3/conversations")]
    public async Task Playground_IsNotServed_InDevelopmentWithAnAppId(string method, string path)
    {
        var client = await _bot.ReadyClientAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"members":[{"id":"29:x","aadObjectId":"x"}],"activity":{"type":"message","text":"forged"}}""", Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnUnhandledException_IsAnswered500_WithAShortText_NotTheExceptionOrItsStack()
    {
        await using var factory = _bot.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddSingleton<IBotFrameworkHttpAdapter, ThrowingAdapter>()));
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Message(Alex, "help", tenant: "demo").ToString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln");

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(ErrorResponses.ServerErrorText, body);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    private sealed class ThrowingAdapter : IBotFrameworkHttpAdapter
    {
        public Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(Secret);
    }
}
