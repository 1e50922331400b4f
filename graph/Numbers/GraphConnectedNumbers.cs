using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Microsoft365;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;

namespace ChatPhone.Graph.Numbers;

/// <summary>
/// The numbers of the tenant connected to Microsoft 365 (<c>Graph:TenantId</c>), read from <c>numberAssignments</c> and
/// changed through <c>assignNumber</c>/<c>unassignNumber</c>. Each change is asked of Graph only when the inventory (read
/// first, for the number's type) does not already say it, so a replayed change finds it made. A refusal is said by its
/// status and code, never by Graph's message (which may quote the request).
/// </summary>
public sealed class GraphConnectedNumbers(GraphNumbers numbers, IOptions<GraphOptions> options) : IConnectedNumbers
{
    private const int BadRequest = 400;

    /// <inheritdoc />
    public bool Serves(TenantId tenant) => string.Equals(tenant.Value, options.Value.TenantId.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<SourceNumber>>> ReadAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        if (!Serves(tenant))
        {
            return new Error("number.m365_not_connected");
        }

        var inventory = await numbers.ListAsync(cancellationToken);
        if (!inventory.IsSuccess)
        {
            return new Error("number.m365_unavailable", inventory.Failure.Status, inventory.Failure.Code);
        }

        // A number that is no valid E.164 (Graph's own samples have some) cannot be called or assigned: left out.
        return inventory.Value.Select(ToSource).OfType<SourceNumber>().ToArray();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Error?>> ApplyAsync(TenantId tenant, IReadOnlyList<NumberEdit> edits, CancellationToken cancellationToken = default)
    {
        if (!Serves(tenant))
        {
            return edits.Select(_ => (Error?)new Error("number.m365_not_connected")).ToArray();
        }

        var inventory = await numbers.ListAsync(cancellationToken);
        if (!inventory.IsSuccess)
        {
            var failure = inventory.Failure;
            return edits.Select(_ => (Error?)new Error("number.m365_unavailable", failure.Status, failure.Code)).ToArray();
        }

        var known = inventory.Value.GroupBy(n => n.TelephoneNumber, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var outcomes = new Error?[edits.Count];
        var assigns = new List<(int Index, AssignNumberRequest Request)>();
        var unassigns = new List<(int Index, UnassignNumberRequest Request)>();
        for (var i = 0; i < edits.Count; i++)
        {
            var edit = edits[i];
            if (!known.TryGetValue(edit.Number, out var number))
            {
                outcomes[i] = new Error("number.m365_not_in_tenant", edit.Number);
            }
            else if (edit.UserId is { } userId && !HeldBy(number, userId, edit.Category))
            {
                assigns.Add((i, new AssignNumberRequest(edit.Number, userId, TypeOf(number), LocationId: null, Category(edit.Category))));
            }
            else if (edit.UserId is null && number.AssignmentStatus is not (null or "unassigned"))
            {
                unassigns.Add((i, new UnassignNumberRequest(edit.Number, TypeOf(number))));
            }
        }

        Record(edits, outcomes, assigns.Select(a => a.Index).ToArray(), assigns.Count == 0 ? [] : await numbers.AssignAsync(assigns.Select(a => a.Request).ToArray(), cancellationToken));
        Record(edits, outcomes, unassigns.Select(a => a.Index).ToArray(), unassigns.Count == 0 ? [] : await numbers.UnassignAsync(unassigns.Select(a => a.Request).ToArray(), cancellationToken));
        return outcomes;
    }

    private static void Record(IReadOnlyList<NumberEdit> edits, Error?[] outcomes, int[] indexes, IReadOnlyList<NumberOutcome> results)
    {
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Failure is { } failure)
            {
                var number = edits[indexes[i]].Number;
                outcomes[indexes[i]] = failure.Status == BadRequest
                    ? new Error("number.m365_bad_request", number)
                    : new Error("number.m365_refused", number, failure.Status, failure.Code);
            }
        }
    }

    private static bool HeldBy(GraphNumberAssignment number, string userId, AssignmentCategory category) =>
        number.AssignmentStatus == "userAssigned"
        && string.Equals(number.AssignmentTargetId, userId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(number.AssignmentCategory, Category(category), StringComparison.OrdinalIgnoreCase);

    private static string Category(AssignmentCategory category) => category switch
    {
        AssignmentCategory.Alternate => "alternate",
        AssignmentCategory.Private => "private",
        _ => "primary",
    };

    private static GraphNumberType TypeOf(GraphNumberAssignment number) => number.NumberType switch
    {
        "callingPlan" => GraphNumberType.CallingPlan,
        "operatorConnect" => GraphNumberType.OperatorConnect,
        _ => GraphNumberType.DirectRouting,
    };

    private static SourceNumber? ToSource(GraphNumberAssignment number)
    {
        var parsed = E164Number.TryParse(number.TelephoneNumber);
        if (!parsed.IsSuccess)
        {
            return null;
        }

        var user = number.Capabilities.Contains("userAssignment", StringComparer.OrdinalIgnoreCase);
        var country = string.IsNullOrWhiteSpace(number.IsoCountryCode) ? parsed.Value.Region : number.IsoCountryCode.Trim().ToUpperInvariant();
        return new SourceNumber(
            parsed.Value.Value,
            country,
            string.IsNullOrWhiteSpace(number.City) ? null : number.City.Trim(),
            user ? SourceNumberUse.User : SourceNumberUse.Service,
            number.AssignmentStatus == "userAssigned" ? number.AssignmentTargetId?.Trim().ToLowerInvariant() : null,
            number.AssignmentCategory switch
            {
                "alternate" => AssignmentCategory.Alternate,
                "private" => AssignmentCategory.Private,
                _ => AssignmentCategory.Primary,
            },
            HeldElsewhere: number.AssignmentStatus is "conferenceAssigned" or "voiceApplicationAssigned");
    }
}
