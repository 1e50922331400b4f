using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;
using CoreLicenseEdit = ChatPhone.Core.Licensing.LicenseEdit;

namespace ChatPhone.Graph.Licenses;

/// <summary>
/// The licenses of the tenant connected to Microsoft 365 (<c>Graph:TenantId</c>): each SKU becomes the tenant's own
/// <c>skuId</c> (read from <c>GET /subscribedSkus</c>), then every change goes out through <c>assignLicense</c> in
/// <c>$batch</c> requests. A refusal is said by its status and code, never by Graph's message (which may quote the request).
/// </summary>
public sealed class GraphConnectedLicenses(GraphLicenses licenses, IOptions<GraphOptions> options) : IConnectedLicenses
{
    private const int BadRequest = 400;

    /// <inheritdoc />
    public bool Serves(TenantId tenant) => string.Equals(tenant.Value, options.Value.TenantId.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Error?>> ApplyAsync(TenantId tenant, IReadOnlyList<CoreLicenseEdit> edits, CancellationToken cancellationToken = default)
    {
        if (!Serves(tenant))
        {
            return edits.Select(_ => (Error?)new Error("license.m365_not_connected")).ToArray();
        }

        var subscriptions = await licenses.ListSubscriptionsAsync(cancellationToken);
        if (!subscriptions.IsSuccess)
        {
            var failure = subscriptions.Failure;
            return edits.Select(_ => (Error?)new Error("license.m365_unavailable", failure.Status, failure.Code)).ToArray();
        }

        var skuIds = subscriptions.Value.GroupBy(s => s.SkuPartNumber, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().SkuId, StringComparer.OrdinalIgnoreCase);
        var outcomes = new Error?[edits.Count];
        var sent = new List<(int Index, LicenseChange Change)>();
        for (var i = 0; i < edits.Count; i++)
        {
            var edit = edits[i];
            var unsubscribed = edit.Add.Concat(edit.Remove).Where(sku => !skuIds.ContainsKey(sku.PartNumber())).ToList();
            if (unsubscribed.Count > 0)
            {
                outcomes[i] = new Error("license.m365_not_subscribed", edit.DisplayName, unsubscribed[0]);
                continue;
            }

            sent.Add((i, new LicenseChange(edit.UserId, edit.Add.Select(s => skuIds[s.PartNumber()]).ToArray(), edit.Remove.Select(s => skuIds[s.PartNumber()]).ToArray())));
        }

        var results = sent.Count == 0 ? [] : await licenses.AssignAsync(sent.Select(s => s.Change).ToArray(), cancellationToken);
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Failure is { } failure)
            {
                var edit = edits[sent[i].Index];
                outcomes[sent[i].Index] = failure.Status == BadRequest
                    ? new Error("license.m365_bad_request", edit.DisplayName)
                    : new Error("license.m365_refused", edit.DisplayName, failure.Status, failure.Code);
            }
        }

        return outcomes;
    }
}
