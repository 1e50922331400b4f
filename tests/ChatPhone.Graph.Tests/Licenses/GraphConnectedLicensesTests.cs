using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.Graph.Licenses;
using ChatPhone.Graph.Tests.Infrastructure;

namespace ChatPhone.Graph.Tests.Licenses;

/// <summary>
/// The connected tenant's licenses as the core's port: each SKU sent as the tenant's own skuId read from the documented
/// <c>subscribedSkus</c> list, every person in documented <c>assignLicense</c> batch items, and Graph's refusals turned
/// into the person's error by status and code.
/// </summary>
public sealed class GraphConnectedLicensesTests
{
    private static readonly TenantId Contoso = TenantId.Parse("contoso.onmicrosoft.com");
    private static readonly Guid E5SkuId = Guid.Parse("c7df2760-2c81-4ef7-b578-5b5392b571df");

    [Fact]
    public async Task Changes_AreSentAsTheTenantsSkuIds_InOneBatch_AndRefusalsBecomeEachPersonsError()
    {
        using var harness = new GraphHarness();
        harness.Graph.Serve(Documented.Request("subscribedskus-list.request.http"), () => Documented.Response("subscribedskus-list.response.http").ToMessage());
        var badRequest = Documented.Response("batch.response.http").Json["responses"]![3]!["body"]!;
        harness.Graph.Serve(sent => BatchResponses.For(sent, id => id switch
        {
            "2" => (400, badRequest, null),
            "3" => (403, BatchResponses.Denied, null),
            _ => (200, BatchResponses.Assigned, null),
        }));
        var licenses = new GraphConnectedLicenses(harness.Tenant.Licenses, harness.Options);

        var outcomes = await licenses.ApplyAsync(Contoso,
        [
            new LicenseEdit("id-ann", "Ann", [Sku.E5], []),
            new LicenseEdit("id-bob", "Bob", [Sku.E5], []),
            new LicenseEdit("id-cy", "Cy", [], [Sku.E5]),
            new LicenseEdit("id-dee", "Dee", [Sku.PhoneSystem], []),
        ]);

        Assert.Equal(
            ["made", "license.m365_bad_request Bob", "license.m365_refused Cy 403 Authorization_RequestDenied", "license.m365_not_subscribed Dee Sku.PhoneSystem"],
            outcomes.Select(Said));
        var items = harness.Graph.Requests[1].Json["requests"]!.AsArray();
        Assert.Equal(3, items.Count);
        Assert.Equal("/users/id-ann/assignLicense", items[0]!["url"]!.GetValue<string>());
        Assert.Equal(E5SkuId.ToString(), items[0]!["body"]!["addLicenses"]![0]!["skuId"]!.GetValue<string>());
        Assert.Equal(E5SkuId.ToString(), items[2]!["body"]!["removeLicenses"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task SubscriptionsUnreadable_RefuseEveryChange_WithoutAssigningAnything()
    {
        using var harness = new GraphHarness();
        var denied = Documented.Response("batch.response.http").Json["responses"]![2]!["body"]!.ToJsonString();
        harness.Graph.Serve(() => new HttpResponseMessage(System.Net.HttpStatusCode.Forbidden)
        {
            Content = new StringContent(denied, System.Text.Encoding.UTF8, "application/json"),
        });
        var licenses = new GraphConnectedLicenses(harness.Tenant.Licenses, harness.Options);

        var outcomes = await licenses.ApplyAsync(Contoso, [new LicenseEdit("id-ann", "Ann", [Sku.E5], []), new LicenseEdit("id-bob", "Bob", [Sku.E5], [])]);

        Assert.Equal(["license.m365_unavailable 403 Authorization_RequestDenied", "license.m365_unavailable 403 Authorization_RequestDenied"], outcomes.Select(Said));
        Assert.Single(harness.Graph.Requests);
    }

    [Fact]
    public async Task AnotherTenant_IsNotServed_AndGraphIsNeverCalledForIt()
    {
        using var harness = new GraphHarness();
        var licenses = new GraphConnectedLicenses(harness.Tenant.Licenses, harness.Options);

        var outcomes = await licenses.ApplyAsync(TenantId.Parse("fabrikam"), [new LicenseEdit("id-ann", "Ann", [Sku.E5], [])]);

        Assert.False(licenses.Serves(TenantId.Parse("fabrikam")));
        Assert.True(licenses.Serves(TenantId.Parse("Contoso.onmicrosoft.com")));
        Assert.Equal("license.m365_not_connected", Assert.Single(outcomes)?.Code);
        Assert.Empty(harness.Graph.Requests);
    }

    private static string Said(ChatPhone.Core.Common.Error? error) =>
        error is null ? "made" : string.Join(' ', error.Args.Prepend(error.Code));
}
