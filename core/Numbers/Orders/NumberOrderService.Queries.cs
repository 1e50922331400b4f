using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>Reading the search orders and manual requests already made (helpdesk and admins).</summary>
public sealed partial class NumberOrderService
{
    /// <summary>Every search order (as seen at <paramref name="now"/>, expiry applied) and every manual request, newest first.</summary>
    public async Task<Result<NumberOrderList>> ListOrdersAsync(Actor actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(actor, Role.Helpdesk, reads => reads.All(OrderCollections.Orders).All(OrderCollections.Requests), cancellationToken);
        if (!snapshot.IsSuccess)
        {
            return snapshot.Error;
        }

        var orders = snapshot.Value.All(OrderCollections.Orders).Values
            .OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id, StringComparer.Ordinal).Select(o => o.At(now)).ToArray();
        var requests = snapshot.Value.All(OrderCollections.Requests).Values
            .OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
        return new NumberOrderList(orders, requests);
    }
}
