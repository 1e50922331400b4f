using System.Text.Json.Nodes;
using ChatPhone.Graph.Licenses;
using ChatPhone.Graph.Tests.Infrastructure;

namespace ChatPhone.Graph.Tests.Licenses;

public sealed class GraphLicensesTests
{
    private static readonly Guid TeamsPhone = Guid.Parse("45715bb8-13f9-4bf6-927f-ef96c102d394");
    private static readonly Guid Retired = Guid.Parse("bea13e0c-3828-4daa-a392-28af7ff61a0f");

    private static List<LicenseChange> People(int count) =>
        Enumerable.Range(1, count).Select(i => new LicenseChange($"user-{i:00}@contoso.com", [TeamsPhone], [Retired])).ToList();

    // Each item is a documented assignLicense request in the documented batch shape (relative URL, JSON body with Content-Type).
    private static void AssertDocumentedBatch(RecordedRequest sent)
    {
        var documented = Documented.Request("batch.request.http");
        Assert.Equal(documented.Method, sent.Method);
        Assert.Equal(documented.Url.AbsolutePath, sent.Url.AbsolutePath);
        var assignLicense = Documented.Request("assignlicense.request.http");
        var documentedItemKeys = JsonNode.Parse(documented.Body)!["requests"]!.AsArray().SelectMany(r => r!.AsObject().Select(p => p.Key)).ToHashSet();
        foreach (var item in sent.Json["requests"]!.AsArray())
        {
            Assert.Subset(documentedItemKeys, item!.AsObject().Select(p => p.Key).ToHashSet());
            Assert.Equal("POST", item["method"]!.GetValue<string>());
            Assert.Matches("^/users/[^/]+/assignLicense$", item["url"]!.GetValue<string>());
            Assert.Equal("application/json", item["headers"]!["Content-Type"]!.GetValue<string>());
            RequestShape.AssertSameShape(JsonNode.Parse(assignLicense.Body), item["body"], "$.body");
        }
    }

    [Fact]
    public async Task ListSubscriptionsAsync_DocumentedSkus_ReadsUnitsPerSku()
    {
        using var harness = new GraphHarness();
        harness.Graph.Serve(Documented.Request("subscribedskus-list.request.http"), () => Documented.Response("subscribedskus-list.response.http").ToMessage());

        var subscriptions = await harness.Tenant.Licenses.ListSubscriptionsAsync();

        Assert.Equal(
            [
                new GraphSubscription(Guid.Parse("c7df2760-2c81-4ef7-b578-5b5392b571df"), "ENTERPRISEPREMIUM", 25, 14, "Enabled"),
                new GraphSubscription(Guid.Parse("d17b27af-3f49-4822-99f9-56a661538792"), "CRMSTANDARD", 0, 14, "Suspended"),
            ],
            subscriptions.Value);
        Assert.Equal(11, subscriptions.Value[0].AvailableUnits);
    }

    [Fact]
    public async Task ListSubscriptionsAsync_DocumentedSkus_MapThePhoneSystemOnesToCoreSubscriptions()
    {
        using var harness = new GraphHarness();
        harness.Graph.Serve(() => Documented.Response("subscribedskus-list.response.http").ToMessage());

        var subscriptions = (await harness.Tenant.Licenses.ListSubscriptionsAsync()).Value;

        Assert.True(subscriptions[0].TryToSubscription(out var e5));
        Assert.Equal(new ChatPhone.Core.Licensing.Subscription(ChatPhone.Core.Licensing.Sku.E5, 25, 14), e5);
        Assert.False(subscriptions[1].TryToSubscription(out _));
    }

    [Fact]
    public async Task AssignAsync_45People_SendsBatchesOf20_20_5_AndReportsEachPerson()
    {
        using var harness = new GraphHarness();
        for (var batch = 0; batch < 3; batch++)
        {
            // Person 27 (id "27", in the second batch) is refused as the batching example's item 3 was.
            harness.Graph.Serve(
                sent => BatchResponses.For(sent, id => id == "27" ? (403, BatchResponses.Denied, null) : (200, BatchResponses.Assigned, null)),
                AssertDocumentedBatch);
        }

        var outcomes = await harness.Tenant.Licenses.AssignAsync(People(45));

        Assert.Equal([20, 20, 5], harness.Graph.Requests.Select(r => r.Json["requests"]!.AsArray().Count));
        Assert.Equal(People(45).Select(p => p.UserId), outcomes.Select(o => o.UserId));
        var failed = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.Equal("user-27@contoso.com", failed.UserId);
        Assert.Equal(new GraphFailure(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."), failed.Failure);
        var first = harness.Graph.Requests[0].Json["requests"]![0]!;
        Assert.Equal("/users/user-01%40contoso.com/assignLicense", first["url"]!.GetValue<string>());
        Assert.Equal(TeamsPhone.ToString(), first["body"]!["addLicenses"]![0]!["skuId"]!.GetValue<string>());
        Assert.Equal(Retired.ToString(), first["body"]!["removeLicenses"]![0]!.GetValue<string>());
        Assert.Empty(harness.Time.Waits);
    }

    [Fact]
    public async Task AssignAsync_ItemsThrottledInABatch_AreSentAgainAloneAfterTheLongestRetryAfter()
    {
        using var harness = new GraphHarness();
        harness.Graph
            .Serve(sent => BatchResponses.For(sent, id => id switch
            {
                "2" => (429, BatchResponses.Throttled, "7"),
                "3" => (429, BatchResponses.Throttled, "3"),
                _ => (200, BatchResponses.Assigned, null),
            }))
            .Serve(sent => BatchResponses.For(sent, _ => (200, BatchResponses.Assigned, null)), AssertDocumentedBatch);

        var outcomes = await harness.Tenant.Licenses.AssignAsync(People(4));

        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        Assert.Equal(["2", "3"], harness.Graph.Requests[1].Json["requests"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        Assert.Equal([TimeSpan.FromSeconds(7)], harness.Time.Waits);
    }

    [Fact]
    public async Task AssignAsync_ItemThrottledEveryTime_GivesUpAfterMaxAttemptsWithGraphsError()
    {
        using var harness = new GraphHarness(new GraphOptions
        {
            TenantId = "contoso.onmicrosoft.com", ClientId = Guid.NewGuid().ToString(), ClientSecret = "x", MaxAttempts = 3,
        });
        for (var attempt = 0; attempt < 3; attempt++)
        {
            harness.Graph.Serve(sent => BatchResponses.For(sent, _ => (429, BatchResponses.Throttled, null)));
        }

        var outcome = Assert.Single(await harness.Tenant.Licenses.AssignAsync(People(1)));

        Assert.Equal(new GraphFailure(429, "TooManyRequests", "Please retry again later."), outcome.Failure);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], harness.Time.Waits);
        Assert.True(harness.Graph.Exhausted);
    }

    [Fact]
    public async Task AssignAsync_PersonRefusedWithBadRequest_IsNotRetried()
    {
        // Microsoft documents no error for a missing usage location; the refusal is the batching example's
        // Request_BadRequest item body, served with 400.
        using var harness = new GraphHarness();
        var badRequest = Documented.Response("batch.response.http").Json["responses"]![3]!["body"]!;
        harness.Graph.Serve(sent => BatchResponses.For(sent, id => id == "1" ? (400, badRequest, null) : (200, BatchResponses.Assigned, null)));

        var outcomes = await harness.Tenant.Licenses.AssignAsync(People(2));

        Assert.Equal("Request_BadRequest", outcomes[0].Failure?.Code);
        Assert.Equal(400, outcomes[0].Failure?.Status);
        Assert.True(outcomes[1].Succeeded);
        Assert.Single(harness.Graph.Requests);
        Assert.Empty(harness.Time.Waits);
    }

    [Fact]
    public async Task AssignAsync_WholeBatchRefused_ReportsThatFailureForEveryoneInIt()
    {
        using var harness = new GraphHarness();
        harness.Graph
            .Serve(() => new HttpResponseMessage(System.Net.HttpStatusCode.BadRequest)
            {
                Content = new StringContent(
                    new JsonObject { ["error"] = BatchResponses.Denied["error"]!.DeepClone() }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            })
            .Serve(sent => BatchResponses.For(sent, _ => (200, BatchResponses.Assigned, null)));

        var outcomes = await harness.Tenant.Licenses.AssignAsync(People(21));

        Assert.Equal(20, outcomes.Count(o => o.Failure == new GraphFailure(400, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")));
        Assert.True(outcomes[20].Succeeded);
    }
}
