using System.Net;
using System.Text.Json.Nodes;
using ChatPhone.Graph.Numbers;
using ChatPhone.Graph.Tests.Infrastructure;

namespace ChatPhone.Graph.Tests.Numbers;

public sealed class GraphNumbersTests
{
    private static GraphOptions PagesOf(int size) =>
        new() { TenantId = "contoso.onmicrosoft.com", ClientId = Guid.NewGuid().ToString(), ClientSecret = "x", NumberPageSize = size };

    private static HttpResponseMessage Json(string body) => Documented.Response("operation-get.response.http").ToMessage(body);

    [Fact]
    public async Task ListAsync_PagesOf100_AsksTopAndSkipUntilAShortPage()
    {
        using var harness = new GraphHarness(PagesOf(100));
        var documented = Documented.Request("numberassignments-list-example3.request.http");
        harness.Graph
            .Serve(_ => Json(NumberResponses.Page(NumberResponses.Numbered(100, 0))), sent =>
            {
                Assert.Equal(documented.Url.AbsolutePath, sent.Url.AbsolutePath);
                Assert.Equal(new Dictionary<string, string> { ["$top"] = "100" }, sent.Query);
            })
            .Serve(_ => Json(NumberResponses.Page(NumberResponses.Numbered(100, 100))), sent =>
                Assert.Equal(new Dictionary<string, string> { ["$top"] = "100", ["$skip"] = "100" }, sent.Query))
            .Serve(documented, () => Json(NumberResponses.Page(NumberResponses.Entries("numberassignments-list-example3.response.http"))));

        var numbers = await harness.Tenant.Numbers.ListAsync();

        Assert.Equal(202, numbers.Value.Count);
        var documentedEntry = numbers.Value[200];
        Assert.Equal(
            new GraphNumberAssignment(
                "YmMyNjMyZTMtNzUwYy00N2Q3LWFlYWUtOWZlZTAzNWJjMGM3fCsxMjAyMzQ1Njc4OA", "+112345", "directRouting", "activated", "userAssigned",
                "22ed44ab-7759-4649-818e-6af3242dbc5d", "primary", null, null, null, null, []),
            documentedEntry with { Capabilities = [] });
        Assert.Equal(["conferenceAssignment", "voiceApplicationAssignment", "userAssignment"], documentedEntry.Capabilities);
        Assert.Equal(("+12052582895", "US", "Clanton"), (numbers.Value[201].TelephoneNumber, numbers.Value[201].IsoCountryCode, numbers.Value[201].City));
    }

    [Fact]
    public async Task ListAsync_DefaultPageSize_AsksTheDocumentedCollectionWithTop500()
    {
        using var harness = new GraphHarness();
        var documented = Documented.Request("numberassignments-list-example1.request.http");
        harness.Graph.Serve(_ => Json(NumberResponses.Page(NumberResponses.Entries("numberassignments-list-example1.response.http"))), sent =>
        {
            Assert.Equal(documented.Method, sent.Method);
            Assert.Equal(documented.Url.AbsolutePath, sent.Url.AbsolutePath);
            Assert.Equal(new Dictionary<string, string> { ["$top"] = "500" }, sent.Query);
        });

        var numbers = await harness.Tenant.Numbers.ListAsync();

        Assert.Equal(["+112345", "+12052582895"], numbers.Value.Select(n => n.TelephoneNumber));
        Assert.Equal(["userAssigned", "conferenceAssigned"], numbers.Value.Select(n => n.AssignmentStatus));
        Assert.Equal(["directRouting", "callingPlan"], numbers.Value.Select(n => n.NumberType));
    }

    [Fact]
    public async Task ListAsync_PageWithANextLink_FollowsItInsteadOfSkipping()
    {
        using var harness = new GraphHarness(PagesOf(1));
        var next = "https://graph.microsoft.com/v1.0/admin/teams/telephoneNumberManagement/numberAssignments?$top=1&$skiptoken=abc";
        var entries = NumberResponses.Entries("numberassignments-list-example1.response.http");
        var first = JsonNode.Parse(NumberResponses.Page(entries.Take(1)))!;
        first["@odata.nextLink"] = next;
        harness.Graph
            .Serve(() => Json(first.ToJsonString()))
            .Serve(_ => Json(NumberResponses.Page([])), sent => Assert.Equal(new Uri(next), sent.Url));

        var numbers = await harness.Tenant.Numbers.ListAsync();

        Assert.Equal(["+112345"], numbers.Value.Select(n => n.TelephoneNumber));
        Assert.True(harness.Graph.Exhausted);
    }

    [Fact]
    public async Task AssignAsync_DocumentedRequest_FollowsTheOperationUntilItSucceeded()
    {
        using var harness = new GraphHarness();
        var documented = Documented.Request("assignnumber.request.http");
        var accepted = Documented.Response("assignnumber.response.http");
        var location = new Uri(accepted.Headers["Location"]);
        harness.Graph
            .Serve(documented, () => accepted.ToMessage())
            .Serve(_ => Json(NumberResponses.Operation("running")), sent => Assert.Equal(location, sent.Url))
            .Serve(_ => Documented.Response("operation-get.response.http").ToMessage(), sent => Assert.Equal(location, sent.Url));

        var outcome = Assert.Single(await harness.Tenant.Numbers.AssignAsync(
            [new AssignNumberRequest("12061234567", "94ec379d-30a2-4cdb-a377-75e42f7a61e5", GraphNumberType.DirectRouting)]));

        Assert.Equal(new NumberOutcome("12061234567", NumberAction.Assign, null), outcome);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(documented.Body), harness.Graph.Requests[0].Json));
        Assert.Equal([TimeSpan.FromSeconds(5)], harness.Time.Waits);
    }

    [Fact]
    public async Task AssignAsync_OneOperationFails_ReportsThatNumberOnly()
    {
        using var harness = new GraphHarness();
        var documented = Documented.Request("assignnumber.request.http");
        var accepted = Documented.Response("assignnumber.response.http");
        var second = new Uri("https://graph.microsoft.com/v1.0/admin/teams/telephoneNumberManagement/operations('c2Vjb25k')");
        harness.Graph
            .Serve(documented, () => accepted.ToMessage())
            .Serve(documented, () =>
            {
                var message = accepted.ToMessage();
                message.Headers.Location = second;
                return message;
            })
            .Serve(_ => Documented.Response("operation-get.response.http").ToMessage())
            .Serve(_ => Json(NumberResponses.Operation("failed", "The number is not available in the user's usage location.")), sent => Assert.Equal(second, sent.Url));

        var outcomes = await harness.Tenant.Numbers.AssignAsync(
        [
            new AssignNumberRequest("12061234567", "94ec379d-30a2-4cdb-a377-75e42f7a61e5", GraphNumberType.DirectRouting),
            new AssignNumberRequest("12061234568", "94ec379d-30a2-4cdb-a377-75e42f7a61e5", GraphNumberType.DirectRouting),
        ]);

        Assert.True(outcomes[0].Succeeded);
        Assert.Equal(
            new NumberOutcome(
                "12061234568", NumberAction.Assign,
                new GraphFailure(200, GraphFailure.OperationFailed, "The number is not available in the user's usage location.")),
            outcomes[1]);
    }

    [Fact]
    public async Task AssignAsync_OperationNeverEnds_ReportsATimeoutAfterTheConfiguredPolls()
    {
        using var harness = new GraphHarness(new GraphOptions
        {
            TenantId = "contoso.onmicrosoft.com", ClientId = Guid.NewGuid().ToString(), ClientSecret = "x", OperationMaxPolls = 3,
        });
        harness.Graph.Serve(() => Documented.Response("assignnumber.response.http").ToMessage());
        for (var poll = 0; poll < 3; poll++)
        {
            harness.Graph.Serve(() => Json(NumberResponses.Operation("notStarted")));
        }

        var outcome = Assert.Single(await harness.Tenant.Numbers.AssignAsync(
            [new AssignNumberRequest("12061234567", "94ec379d-30a2-4cdb-a377-75e42f7a61e5", GraphNumberType.DirectRouting)]));

        Assert.Equal(GraphFailure.OperationTimedOut, outcome.Failure?.Code);
        Assert.Equal(2, harness.Time.Waits.Count);
    }

    [Fact]
    public async Task AssignAsync_RefusedAtOnce_ReportsGraphsErrorWithoutPolling()
    {
        using var harness = new GraphHarness();
        var denied = Documented.Response("batch.response.http").Json["responses"]![2]!["body"]!.ToJsonString();
        harness.Graph.Serve(() => new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = new StringContent(denied, System.Text.Encoding.UTF8, "application/json"),
        });

        var outcome = Assert.Single(await harness.Tenant.Numbers.AssignAsync(
            [new AssignNumberRequest("12061234567", "94ec379d-30a2-4cdb-a377-75e42f7a61e5", GraphNumberType.DirectRouting)]));

        Assert.Equal("Authorization_RequestDenied", outcome.Failure?.Code);
        Assert.Single(harness.Graph.Requests);
    }

    [Fact]
    public async Task UnassignAsync_DocumentedRequest_FollowsItsOperation()
    {
        using var harness = new GraphHarness();
        var documented = Documented.Request("unassignnumber.request.http");
        var accepted = Documented.Response("unassignnumber.response.http");
        harness.Graph
            .Serve(documented, () => accepted.ToMessage())
            .Serve(_ => Documented.Response("operation-get.response.http").ToMessage(), sent => Assert.Equal(new Uri(accepted.Headers["Location"]), sent.Url));

        var outcome = Assert.Single(await harness.Tenant.Numbers.UnassignAsync([new UnassignNumberRequest("12061234567", GraphNumberType.DirectRouting)]));

        Assert.True(outcome.Succeeded);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(documented.Body), harness.Graph.Requests[0].Json));
    }

    [Theory]
    [InlineData("updatenumber-example1", "93cb8a70-b4af-41df-9928-d07607e21776")]
    [InlineData("updatenumber-example4", "")]
    public async Task UpdateLocationAsync_DocumentedRequest_SucceedsOnTheSynchronousAnswer(string example, string locationId)
    {
        using var harness = new GraphHarness();
        var documented = Documented.Request($"{example}.request.http");
        harness.Graph.Serve(documented, () => Documented.Response($"{example}.response.http").ToMessage());

        var outcome = Assert.Single(await harness.Tenant.Numbers.UpdateLocationAsync([new UpdateNumberLocationRequest("+12061234567", locationId)]));

        Assert.Equal(new NumberOutcome("+12061234567", NumberAction.UpdateLocation, null), outcome);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(documented.Body, documentOptions: Documented.Lenient), harness.Graph.Requests[0].Json));
    }
}
