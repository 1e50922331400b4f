using ChatPhone.Core.Tenants;
using ChatPhone.Graph.Directory;
using ChatPhone.Graph.Tests.Infrastructure;

namespace ChatPhone.Graph.Tests.Directory;

/// <summary>The connected tenant's directory as the core's source: only that tenant, every person, Graph's refusal by status and code.</summary>
public sealed class GraphDirectorySourceTests
{
    [Fact]
    public async Task TheConnectedTenant_ReadsItsPeople_FromTheDocumentedList_AsTheCoreTakesThem()
    {
        using var harness = new GraphHarness();
        harness.Graph.Serve(() => Documented.Response("users-list-example1.response.http").ToMessage());
        var source = new GraphDirectorySource(harness.Tenant.Directory, harness.Options);

        var people = await source.ReadAsync(TenantId.Parse("Contoso.onmicrosoft.com"));

        Assert.True(source.Serves(TenantId.Parse("contoso.onmicrosoft.com")));
        Assert.True(people.IsSuccess);
        Assert.Equal(["6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0", "4562bcc8-c436-4f95-b7c0-4f8ce89dca5e"], people.Value.Select(p => p.AadObjectId));
        Assert.Equal("admin@contoso.com", people.Value[1].Upn);
        Assert.Equal("MOD Administrator", people.Value[1].DisplayName);
        Assert.Null(people.Value[1].UsageLocation);
    }

    [Fact]
    public async Task AnotherTenant_IsNotServed_AndGraphIsNeverCalledForIt()
    {
        using var harness = new GraphHarness();
        var source = new GraphDirectorySource(harness.Tenant.Directory, harness.Options);

        var people = await source.ReadAsync(TenantId.Parse("fabrikam"));

        Assert.False(source.Serves(TenantId.Parse("fabrikam")));
        Assert.Equal("directory.source.not_connected", people.Error?.Code);
        Assert.Empty(harness.Graph.Requests);
    }

    [Fact]
    public async Task GraphRefusing_IsSaidByStatusAndCode_NeverByItsMessage()
    {
        using var harness = new GraphHarness();
        var denied = Documented.Response("batch.response.http").Json["responses"]![2]!["body"]!.ToJsonString();
        harness.Graph.Serve(() => new HttpResponseMessage(System.Net.HttpStatusCode.Forbidden)
        {
            Content = new StringContent(denied, System.Text.Encoding.UTF8, "application/json"),
        });
        var source = new GraphDirectorySource(harness.Tenant.Directory, harness.Options);

        var people = await source.ReadAsync(TenantId.Parse("contoso.onmicrosoft.com"));

        Assert.Equal("directory.source.failed", people.Error?.Code);
        Assert.Equal(["403", "Authorization_RequestDenied"], people.Error!.Args);
    }
}
