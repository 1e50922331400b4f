using System.Net;
using ChatPhone.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.UnitTests.Bot.Hosting;

public sealed class HttpResilienceTests
{
    [Fact]
    public async Task Get_FailingWith503_IsRetried()
    {
        var server = new Always503();
        using var client = Client(server);

        var response = await client.GetAsync("http://example.test/people.csv");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1 + 3, server.Calls);
    }

    [Fact]
    public async Task Post_FailingWith503_IsSentOnce()
    {
        var server = new Always503();
        using var client = Client(server);

        var response = await client.PostAsync("http://example.test/v3/conversations", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, server.Calls);
    }

    private static HttpClient Client(Always503 server)
    {
        var services = new ServiceCollection();
        services.AddHttpClient("t")
            .ConfigurePrimaryHttpMessageHandler(() => server)
            .AddSafeRetries(options => options.Retry.Delay = TimeSpan.Zero);
        return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>().CreateClient("t");
    }

    private sealed class Always503 : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }
    }
}
