using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Delta;

namespace ChatPhone.Graph.Directory;

/// <summary>The tenant's people from Microsoft Graph: <c>GET /users</c> (paged) and <c>GET /users/delta</c>.</summary>
public sealed class GraphDirectory(GraphServiceClient client)
{
    /// <summary>The fields ChatPhone reads: usageLocation and assignedLicenses are only returned when selected.</summary>
    public static readonly string[] Fields = ["id", "displayName", "userPrincipalName", "usageLocation", "department", "assignedLicenses"];

    /// <summary>Every user, following <c>@odata.nextLink</c> to the last page.</summary>
    public async Task<GraphOutcome<IReadOnlyList<GraphPerson>>> ListAsync(CancellationToken cancellationToken = default)
    {
        var people = new List<GraphPerson>();
        string? link = null;
        do
        {
            var page = await ReadPageAsync(link, cancellationToken).ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                return GraphOutcome<IReadOnlyList<GraphPerson>>.Fail(page.Failure);
            }

            people.AddRange(page.Value.People);
            link = page.Value.NextLink;
        }
        while (link is not null);

        return GraphOutcome<IReadOnlyList<GraphPerson>>.Ok(people);
    }

    /// <summary>The first page of users (<paramref name="nextLink"/> null) or the page a previous one linked to.</summary>
    public async Task<GraphOutcome<GraphPeoplePage>> ReadPageAsync(string? nextLink, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = nextLink is null
                ? await client.Users.GetAsync(request => request.QueryParameters.Select = Fields, cancellationToken).ConfigureAwait(false)
                : await client.Users.WithUrl(nextLink).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return GraphOutcome<GraphPeoplePage>.Ok(new GraphPeoplePage(Map(response?.Value), response?.OdataNextLink, null));
        }
        catch (ODataError error)
        {
            return GraphOutcome<GraphPeoplePage>.Fail(GraphFailure.From(error));
        }
    }

    /// <summary>
    /// A page of the delta round: the first one (<paramref name="link"/> null) lists everyone; a next link or a
    /// delta link from an earlier page continues or starts the next round (only the changes).
    /// </summary>
    public async Task<GraphOutcome<GraphPeoplePage>> ReadDeltaPageAsync(string? link, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = link is null
                ? await client.Users.Delta.GetAsDeltaGetResponseAsync(request => request.QueryParameters.Select = Fields, cancellationToken).ConfigureAwait(false)
                : await new DeltaRequestBuilder(link, client.RequestAdapter).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return GraphOutcome<GraphPeoplePage>.Ok(new GraphPeoplePage(Map(response?.Value), response?.OdataNextLink, response?.OdataDeltaLink));
        }
        catch (ODataError error)
        {
            return GraphOutcome<GraphPeoplePage>.Fail(GraphFailure.From(error));
        }
    }

    private static List<GraphPerson> Map(List<User>? users) =>
        (users ?? []).Where(user => user.Id is not null).Select(Map).ToList();

    private static GraphPerson Map(User user) =>
        new(
            user.Id!,
            user.DisplayName ?? string.Empty,
            user.UserPrincipalName ?? string.Empty,
            string.IsNullOrEmpty(user.UsageLocation) ? null : user.UsageLocation,
            string.IsNullOrEmpty(user.Department) ? null : user.Department,
            (user.AssignedLicenses ?? []).Where(license => license.SkuId is not null).Select(license => license.SkuId!.Value).ToList());
}
