using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Admin.Teams.TelephoneNumberManagement.NumberAssignments;
using Microsoft.Graph.Admin.Teams.TelephoneNumberManagement.NumberAssignments.MicrosoftGraphTeamsAdministrationAssignNumber;
using Microsoft.Graph.Admin.Teams.TelephoneNumberManagement.NumberAssignments.MicrosoftGraphTeamsAdministrationUnassignNumber;
using Microsoft.Graph.Admin.Teams.TelephoneNumberManagement.NumberAssignments.MicrosoftGraphTeamsAdministrationUpdateNumber;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Sdk = Microsoft.Graph.Models.TeamsAdministration;

namespace ChatPhone.Graph.Numbers;

/// <summary>
/// The tenant's Teams phone numbers (<c>admin/teams/telephoneNumberManagement</c>): the inventory, paged with
/// <c>$top</c>/<c>$skip</c>, and <c>assignNumber</c>, <c>unassignNumber</c> and <c>updateNumber</c>, each followed
/// to the end of its long-running operation, with one outcome per number. Requests go through the SDK's request
/// builders, so they carry the same credential and retry handler as every other call.
/// </summary>
public sealed class GraphNumbers(GraphServiceClient client, LongRunningOperations operations, IOptions<GraphOptions> options)
{
    private NumberAssignmentsRequestBuilder Assignments => client.Admin.Teams.TelephoneNumberManagement.NumberAssignments;

    // The action's URL as Microsoft documents it (numberAssignments/assignNumber); the SDK's builders would send
    // the namespace-qualified form (numberAssignments/microsoft.graph.teamsAdministration.assignNumber).
    private string Action(string name) => $"{client.RequestAdapter.BaseUrl}/admin/teams/telephoneNumberManagement/numberAssignments/{name}";

    /// <summary>
    /// Every number of the tenant: pages of <see cref="GraphOptions.NumberPageSize"/> asked with <c>$top</c>/<c>$skip</c>
    /// as documented, until a page comes back short; an <c>@odata.nextLink</c>, when Graph sends one, is followed instead.
    /// </summary>
    public async Task<GraphOutcome<IReadOnlyList<GraphNumberAssignment>>> ListAsync(CancellationToken cancellationToken = default)
    {
        var size = options.Value.NumberPageSize;
        var numbers = new List<GraphNumberAssignment>();
        try
        {
            var skip = 0;
            string? nextLink = null;
            while (true)
            {
                var page = nextLink is not null
                    ? await Assignments.WithUrl(nextLink).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
                    : await Assignments.GetAsync(
                        request =>
                        {
                            request.QueryParameters.Top = size;
                            request.QueryParameters.Skip = skip == 0 ? null : skip;
                        },
                        cancellationToken).ConfigureAwait(false);
                var values = page?.Value ?? [];
                numbers.AddRange(values.Where(number => number.TelephoneNumber is not null).Select(Map));
                nextLink = page?.OdataNextLink;
                if (nextLink is null && (values.Count < size || values.Count == 0))
                {
                    return GraphOutcome<IReadOnlyList<GraphNumberAssignment>>.Ok(numbers);
                }

                skip += values.Count;
            }
        }
        catch (ODataError error)
        {
            return GraphOutcome<IReadOnlyList<GraphNumberAssignment>>.Fail(GraphFailure.From(error));
        }
    }

    /// <summary>Assigns each number and follows its operation; one outcome per request, in order.</summary>
    public Task<IReadOnlyList<NumberOutcome>> AssignAsync(IReadOnlyList<AssignNumberRequest> requests, CancellationToken cancellationToken = default) =>
        RunAsync(requests, request => request.TelephoneNumber, NumberAction.Assign, (request, configure) =>
            Assignments.MicrosoftGraphTeamsAdministrationAssignNumber.WithUrl(Action("assignNumber")).PostAsync(
                AssignBody(request),
                configure,
                cancellationToken), cancellationToken);

    /// <summary>Unassigns each number and follows its operation; one outcome per request, in order.</summary>
    public Task<IReadOnlyList<NumberOutcome>> UnassignAsync(IReadOnlyList<UnassignNumberRequest> requests, CancellationToken cancellationToken = default) =>
        RunAsync(requests, request => request.TelephoneNumber, NumberAction.Unassign, (request, configure) =>
            Assignments.MicrosoftGraphTeamsAdministrationUnassignNumber.WithUrl(Action("unassignNumber")).PostAsync(
                new UnassignNumberPostRequestBody { TelephoneNumber = request.TelephoneNumber, NumberType = ToSdk(request.NumberType) },
                configure,
                cancellationToken), cancellationToken);

    /// <summary>Sets each number's emergency location (followed when Graph answers with an operation); one outcome per request.</summary>
    public Task<IReadOnlyList<NumberOutcome>> UpdateLocationAsync(
        IReadOnlyList<UpdateNumberLocationRequest> requests, CancellationToken cancellationToken = default) =>
        RunAsync(requests, request => request.TelephoneNumber, NumberAction.UpdateLocation, (request, configure) =>
            Assignments.MicrosoftGraphTeamsAdministrationUpdateNumber.WithUrl(Action("updateNumber")).PostAsync(
                new UpdateNumberPostRequestBody { TelephoneNumber = request.TelephoneNumber, LocationId = request.LocationId },
                configure,
                cancellationToken), cancellationToken);

    // Starts every request first, then follows the operations: Graph works on them in parallel meanwhile.
    private async Task<IReadOnlyList<NumberOutcome>> RunAsync<TRequest>(
        IReadOnlyList<TRequest> requests,
        Func<TRequest, string> numberOf,
        NumberAction action,
        Func<TRequest, Action<RequestConfiguration<DefaultQueryParameters>>, Task> post,
        CancellationToken cancellationToken)
    {
        var started = new List<(string Number, string? Location, GraphFailure? Failure)>();
        foreach (var request in requests)
        {
            var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
            try
            {
                await post(request, configure => configure.Options.Add(headers)).ConfigureAwait(false);
                var location = headers.ResponseHeaders.TryGetValue("Location", out var values) ? values.FirstOrDefault() : null;
                started.Add((numberOf(request), location, location is null && action != NumberAction.UpdateLocation
                    ? new GraphFailure(202, GraphFailure.NoOperation, "Graph accepted the request without naming its operation.")
                    : null));
            }
            catch (ODataError error)
            {
                started.Add((numberOf(request), null, GraphFailure.From(error)));
            }
        }

        var outcomes = new List<NumberOutcome>(started.Count);
        foreach (var (number, location, failure) in started)
        {
            var end = location is null ? failure : await operations.FollowAsync(location, number, cancellationToken).ConfigureAwait(false);
            outcomes.Add(new NumberOutcome(number, action, end));
        }

        return outcomes;
    }

    // Only the fields given: the SDK sends a property set to null as null, and Graph reads null as "keep".
    private static AssignNumberPostRequestBody AssignBody(AssignNumberRequest request)
    {
        var body = new AssignNumberPostRequestBody
        {
            TelephoneNumber = request.TelephoneNumber,
            AssignmentTargetId = request.AssignmentTargetId,
            NumberType = ToSdk(request.NumberType),
            AssignmentCategory = Enum.TryParse<Sdk.AssignmentCategory>(request.AssignmentCategory, ignoreCase: true, out var category)
                ? category
                : Sdk.AssignmentCategory.Primary,
        };
        if (request.LocationId is not null)
        {
            body.LocationId = request.LocationId;
        }

        return body;
    }

    private static Sdk.NumberType ToSdk(GraphNumberType type) => type switch
    {
        GraphNumberType.CallingPlan => Sdk.NumberType.CallingPlan,
        GraphNumberType.OperatorConnect => Sdk.NumberType.OperatorConnect,
        _ => Sdk.NumberType.DirectRouting,
    };

    private static GraphNumberAssignment Map(Sdk.NumberAssignment number) =>
        new(
            number.Id ?? string.Empty,
            number.TelephoneNumber!,
            Wire(number.NumberType),
            Wire(number.ActivationState),
            Wire(number.AssignmentStatus),
            number.AssignmentTargetId,
            Wire(number.AssignmentCategory),
            number.LocationId,
            number.CivicAddressId,
            number.IsoCountryCode,
            number.City,
            (number.Capabilities ?? []).Select(capability => Wire(capability)).OfType<string>().ToList());

    // Graph's own spelling of an SDK enum member (directRouting, userAssigned, …).
    private static string? Wire<T>(T? value)
        where T : struct, Enum =>
        value is null
            ? null
            : typeof(T).GetField(value.Value.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? value.Value.ToString();
}
