using System.Text.Json.Nodes;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Microsoft365;
using ChatPhone.Core.Tenants;
using ChatPhone.Graph.Numbers;
using ChatPhone.Graph.Tests.Infrastructure;

namespace ChatPhone.Graph.Tests.Numbers;

/// <summary>
/// The connected tenant's numbers as the core's port: Microsoft's documented inventory read into the numbers ChatPhone
/// brings in, and each change sent as the documented <c>assignNumber</c>/<c>unassignNumber</c> with the number's own type
/// from the inventory, only when the inventory does not already say it.
/// </summary>
public sealed class GraphConnectedNumbersTests
{
    private const string Holder = "22ed44ab-7759-4649-818e-6af3242dbc5d";
    private static readonly TenantId Contoso = TenantId.Parse("contoso.onmicrosoft.com");

    private static HttpResponseMessage Json(string body) => Documented.Response("operation-get.response.http").ToMessage(body);

    // The documented inventory (example 1: a direct routing number a user holds, a Calling Plan number on the bridge)
    // followed by two French numbers shaped like the first: one a user holds, one free Calling Plan number.
    private static string Inventory()
    {
        var entries = NumberResponses.Entries("numberassignments-list-example1.response.http");
        var french = NumberResponses.Numbered(2, 0);
        french[1]["assignmentStatus"] = "unassigned";
        french[1]["assignmentTargetId"] = null;
        french[1]["assignmentCategory"] = null;
        french[1]["numberType"] = "callingPlan";
        return NumberResponses.Page([.. entries, .. french]);
    }

    [Fact]
    public async Task ReadAsync_SortsTheDocumentedInventory_PeoplesNumbersFromServiceNumbers()
    {
        using var harness = new GraphHarness();
        harness.Graph.Serve(() => Json(Inventory()));
        var numbers = new GraphConnectedNumbers(harness.Tenant.Numbers, harness.Options);

        var read = await numbers.ReadAsync(Contoso);

        // "+112345", as Microsoft's sample writes it, is no number anyone can call: it is left out.
        Assert.Equal(
            [
                new SourceNumber("+12052582895", "US", "Clanton", SourceNumberUse.Service, HeldElsewhere: true),
                new SourceNumber("+33155500000", "FR", null, SourceNumberUse.User, Holder, AssignmentCategory.Primary),
                new SourceNumber("+33155500001", "FR", null, SourceNumberUse.User),
            ],
            read.Value);
    }

    [Fact]
    public async Task ApplyAsync_SendsOnlyWhatTheInventoryDoesNotSay_WithTheNumbersOwnType()
    {
        using var harness = new GraphHarness();
        var documented = Documented.Request("assignnumber.request.http");
        harness.Graph
            .Serve(() => Json(Inventory()))
            .Serve(_ => Documented.Response("assignnumber.response.http").ToMessage(), sent => Assert.Equal(documented.Url.AbsolutePath, sent.Url.AbsolutePath))
            .Serve(_ => Documented.Response("operation-get.response.http").ToMessage());
        var numbers = new GraphConnectedNumbers(harness.Tenant.Numbers, harness.Options);

        var outcomes = await numbers.ApplyAsync(Contoso,
        [
            NumberEdit.Assign("+33155500001", "94ec379d-30a2-4cdb-a377-75e42f7a61e5", AssignmentCategory.Primary),
            NumberEdit.Assign("+33155500000", Holder, AssignmentCategory.Primary),
            NumberEdit.Unassign("+33155509999"),
            NumberEdit.Unassign("+33155500001"),
        ]);

        Assert.Equal([null, null, "number.m365_not_in_tenant +33155509999", null], outcomes.Select(o => o is null ? null : $"{o.Code} {string.Join(' ', o.Args)}"));
        Assert.True(harness.Graph.Exhausted);
        var body = harness.Graph.Requests[1].Json;
        Assert.Equal(JsonNode.Parse(documented.Body)!.AsObject().Select(p => p.Key).Order(), body.AsObject().Select(p => p.Key).Order());
        Assert.Equal(("+33155500001", "callingPlan", "primary"), (body["telephoneNumber"]!.GetValue<string>(), body["numberType"]!.GetValue<string>(), body["assignmentCategory"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ApplyAsync_AFailedOperation_IsThatNumbersRefusal_AndAnUnreadableInventoryRefusesAll()
    {
        using var harness = new GraphHarness();
        harness.Graph
            .Serve(() => Json(Inventory()))
            .Serve(_ => Documented.Response("unassignnumber.response.http").ToMessage(), sent => Assert.EndsWith("/unassignNumber", sent.Url.AbsolutePath, StringComparison.Ordinal))
            .Serve(_ => Json(NumberResponses.Operation("failed", "The number is locked.")))
            .Serve(() => new HttpResponseMessage(System.Net.HttpStatusCode.Forbidden)
            {
                Content = new StringContent(Documented.Response("batch.response.http").Json["responses"]![2]!["body"]!.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            });
        var numbers = new GraphConnectedNumbers(harness.Tenant.Numbers, harness.Options);

        var unassigned = Assert.Single(await numbers.ApplyAsync(Contoso, [NumberEdit.Unassign("+33155500000")]));
        var unreadable = Assert.Single(await numbers.ApplyAsync(Contoso, [NumberEdit.Unassign("+33155500000")]));

        Assert.Equal(("number.m365_refused", "+33155500000"), (unassigned?.Code, unassigned?.Args[0]));
        Assert.Equal(GraphFailure.OperationFailed, unassigned?.Args[2]);
        Assert.Equal(["number.m365_unavailable", "403", "Authorization_RequestDenied"], [unreadable!.Code, .. unreadable.Args]);
        Assert.DoesNotContain("locked", unassigned!.Args);
    }

    [Fact]
    public async Task AnotherTenant_IsNotServed_AndGraphIsNeverCalledForIt()
    {
        using var harness = new GraphHarness();
        var numbers = new GraphConnectedNumbers(harness.Tenant.Numbers, harness.Options);

        var read = await numbers.ReadAsync(TenantId.Parse("fabrikam"));
        var applied = await numbers.ApplyAsync(TenantId.Parse("fabrikam"), [NumberEdit.Unassign("+33155500000")]);

        Assert.Equal("number.m365_not_connected", read.Error?.Code);
        Assert.Equal("number.m365_not_connected", Assert.Single(applied)?.Code);
        Assert.Empty(harness.Graph.Requests);
    }
}
