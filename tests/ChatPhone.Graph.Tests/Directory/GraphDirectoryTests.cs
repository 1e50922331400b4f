using System.Text.Json.Nodes;
using ChatPhone.Core.Directory;
using ChatPhone.Graph.Directory;
using ChatPhone.Graph.Tests.Infrastructure;

namespace ChatPhone.Graph.Tests.Directory;

public sealed class GraphDirectoryTests
{
    // The documented first page (List users, example 9) with the documented @odata.nextLink shape (paging.md).
    private static string FirstPageWithNextLink()
    {
        var page = Documented.Response("users-list-example9.response.http").Json.AsObject();
        var link = JsonNode.Parse("{" + Documented.Text("paging-nextlink.json").Trim() + "}")!["@odata.nextLink"]!.GetValue<string>();
        page["@odata.nextLink"] = link;
        return page.ToJsonString();
    }

    [Fact]
    public async Task ListAsync_TwoPages_SelectsChatPhoneFieldsAndFollowsTheNextLinkAsIs()
    {
        using var harness = new GraphHarness();
        var documentedList = Documented.Request("users-list-example1.request.http");
        harness.Graph
            .Serve(_ => Documented.Response("users-list-example9.response.http").ToMessage(FirstPageWithNextLink()), sent =>
            {
                Assert.Equal(HttpMethod.Get, sent.Method);
                Assert.Equal(documentedList.Url.AbsolutePath, sent.Url.AbsolutePath);
                Assert.Equal(
                    "id,displayName,userPrincipalName,usageLocation,department,assignedLicenses",
                    Assert.Single(sent.Query, p => p.Key == "$select").Value);
                Assert.Equal($"Bearer {StaticTokenCredential.Token}", sent.Headers["Authorization"]);
            })
            .Serve(Documented.Request("paging-next.request.http"), () => Documented.Response("users-list-example1.response.http").ToMessage());

        var people = await harness.Tenant.Directory.ListAsync();

        Assert.True(people.IsSuccess);
        Assert.Equal(
            ["cb4954e8-467f-4a6d-a8c8-28b9034fadbc", "81a133c2-bdf2-4e67-8755-7264366b04ee", "6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0", "4562bcc8-c436-4f95-b7c0-4f8ce89dca5e"],
            people.Value.Select(p => p.Id));
        Assert.Equal([Guid.Parse("cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46")], people.Value[0].SkuIds);
        Assert.Equal("MOD Administrator", people.Value[3].DisplayName);
        Assert.Equal("admin@contoso.com", people.Value[3].UserPrincipalName);
        Assert.Null(people.Value[3].UsageLocation);
        Assert.True(harness.Graph.Exhausted);
    }

    [Fact]
    public async Task ReadPageAsync_PageWithMore_ExposesTheNextLinkForTheCaller()
    {
        using var harness = new GraphHarness();
        harness.Graph.Serve(() => Documented.Response("users-list-example9.response.http").ToMessage(FirstPageWithNextLink()));

        var page = await harness.Tenant.Directory.ReadPageAsync(null);

        Assert.Equal(2, page.Value.People.Count);
        Assert.StartsWith("https://graph.microsoft.com/v1.0/users?$top=5&$skiptoken=", page.Value.NextLink);
        Assert.Null(page.Value.DeltaLink);
    }

    [Fact]
    public async Task ReadDeltaPageAsync_RoundToTheEnd_SelectsTheSameFieldsAndExposesTheDeltaLink()
    {
        // No delta example is in the reference: the pages are the documented users bodies with delta links added.
        using var harness = new GraphHarness();
        const string next = "https://graph.microsoft.com/v1.0/users/delta?$skiptoken=page2";
        const string delta = "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=round2";
        var first = Documented.Response("users-list-example9.response.http").Json;
        first["@odata.nextLink"] = next;
        var last = Documented.Response("users-list-example1.response.http").Json;
        last["@odata.deltaLink"] = delta;
        harness.Graph
            .Serve(_ => Documented.Response("users-list-example9.response.http").ToMessage(first.ToJsonString()), sent =>
            {
                Assert.Matches(@"^/v1\.0/users/delta(\(\))?$", sent.Url.AbsolutePath);
                Assert.Equal(string.Join(',', GraphDirectory.Fields), sent.Query["$select"]);
            })
            .Serve(_ => Documented.Response("users-list-example1.response.http").ToMessage(last.ToJsonString()), sent => Assert.Equal(new Uri(next), sent.Url));

        var page = await harness.Tenant.Directory.ReadDeltaPageAsync(null);
        var end = await harness.Tenant.Directory.ReadDeltaPageAsync(page.Value.NextLink);

        Assert.Equal((next, (string?)null), (page.Value.NextLink, page.Value.DeltaLink));
        Assert.Equal(((string?)null, delta), (end.Value.NextLink, end.Value.DeltaLink));
        Assert.Equal(2, end.Value.People.Count);
    }

    [Fact]
    public async Task ListAsync_GraphRefuses_ReturnsGraphsCodeAndMessage()
    {
        using var harness = new GraphHarness();
        var denied = Documented.Response("batch.response.http").Json["responses"]![2]!["body"]!.ToJsonString();
        harness.Graph.Serve(() => new HttpResponseMessage(System.Net.HttpStatusCode.Forbidden)
        {
            Content = new StringContent(denied, System.Text.Encoding.UTF8, "application/json"),
        });

        var people = await harness.Tenant.Directory.ListAsync();

        Assert.False(people.IsSuccess);
        Assert.Equal(new GraphFailure(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."), people.Failure);
    }

    [Fact]
    public void ToPerson_UserWithoutUsageLocation_KeepsIdsAndTakesTheGivenRole()
    {
        var person = new GraphPerson("6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0", "Conf Room Adams", "Adams@contoso.com", null, "Sales", []);

        var core = person.ToPerson(Role.User);

        Assert.Equal(new Person("6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0", "Adams@contoso.com", "Conf Room Adams", string.Empty, "Sales", Role.User), core);
    }
}
