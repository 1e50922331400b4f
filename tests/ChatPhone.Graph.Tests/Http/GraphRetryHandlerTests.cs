using System.Net;
using ChatPhone.Graph.Http;
using ChatPhone.Graph.Tests.Infrastructure;

namespace ChatPhone.Graph.Tests.Http;

public sealed class GraphRetryHandlerTests
{
    private static HttpResponseMessage Unavailable() => new(HttpStatusCode.ServiceUnavailable);

    [Fact]
    public async Task Throttled_WaitsTheDocumentedRetryAfter_ThenSendsTheSameRequestAgain()
    {
        using var harness = new GraphHarness();
        var documented = Documented.Request("subscribedskus-list.request.http");
        harness.Graph
            .Serve(documented, () => Documented.Response("throttling-429.response.http").ToMessage())
            .Serve(documented, () => Documented.Response("subscribedskus-list.response.http").ToMessage());

        var subscriptions = await harness.Tenant.Licenses.ListSubscriptionsAsync();

        Assert.True(subscriptions.IsSuccess);
        Assert.Equal([TimeSpan.FromSeconds(2.128)], harness.Time.Waits);
        Assert.Equal(harness.Graph.Requests[0].Url, harness.Graph.Requests[1].Url);
        Assert.Contains("Graph answered 429", harness.Logs.All);
    }

    [Fact]
    public async Task UnavailableWithoutRetryAfter_BacksOffExponentially()
    {
        using var harness = new GraphHarness();
        harness.Graph.Serve(Unavailable).Serve(() => new HttpResponseMessage(HttpStatusCode.GatewayTimeout)).Serve(Unavailable)
            .Serve(() => Documented.Response("subscribedskus-list.response.http").ToMessage());

        var subscriptions = await harness.Tenant.Licenses.ListSubscriptionsAsync();

        Assert.True(subscriptions.IsSuccess);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], harness.Time.Waits);
    }

    [Fact]
    public async Task ThrottledEveryTime_StopsAtMaxAttempts_AndReportsTheThrottling()
    {
        using var harness = new GraphHarness(new GraphOptions
        {
            TenantId = "contoso.onmicrosoft.com", ClientId = Guid.NewGuid().ToString(), ClientSecret = "x", MaxAttempts = 3,
        });
        for (var attempt = 0; attempt < 3; attempt++)
        {
            harness.Graph.Serve(() => Documented.Response("throttling-429.response.http").ToMessage());
        }

        var subscriptions = await harness.Tenant.Licenses.ListSubscriptionsAsync();

        Assert.Equal(new GraphFailure(429, "TooManyRequests", "Please retry again later."), subscriptions.Failure);
        Assert.Equal(3, harness.Graph.Requests.Count);
    }

    [Fact]
    public async Task CancelledDuringTheWait_StopsWithoutAnotherAttempt()
    {
        using var harness = new GraphHarness(time: new AutoAdvancingTime { Frozen = true });
        using var cancellation = new CancellationTokenSource();
        harness.Graph.Serve(_ =>
        {
            cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));
            return Documented.Response("throttling-429.response.http").ToMessage();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Tenant.Licenses.ListSubscriptionsAsync(cancellation.Token));

        Assert.Single(harness.Graph.Requests);
    }

    [Theory]
    [InlineData("2.128", 2128)]
    [InlineData("10", 10000)]
    [InlineData("Mon, 07 Dec 2026 09:00:30 GMT", 30000)]
    public void FromRetryAfter_SecondsOrDate_IsTheWaitAsked(string header, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), RetryDelay.FromRetryAfter(header, new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Next_RetryAfterBeyondTheMaximum_IsCapped() =>
        Assert.Equal(TimeSpan.FromMinutes(2), RetryDelay.Next("3600", 1, new GraphOptions(), DateTimeOffset.UnixEpoch));
}
