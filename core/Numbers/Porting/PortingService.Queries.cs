using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>Reading port orders and service requests (helpdesk and admins; only admins see PINs and account numbers whole).</summary>
public sealed partial class PortingService
{
    /// <summary>Every port order (newest first), whatever its status: the list shows them all, the details follow the View column.</summary>
    public async Task<Result<IReadOnlyList<PortOrder>>> ListPortOrdersAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.All(PortingCollections.Orders), cancellationToken);
        return Result<IReadOnlyList<PortOrder>>.Ok(snapshot.All(PortingCollections.Orders).Values
            .OrderByDescending(o => o.SubmittedAt).ThenBy(o => o.Id, StringComparer.Ordinal).Select(o => For(actor, o)).ToArray());
    }

    /// <summary>The details of one order, when its status allows viewing them (not in Error or Cancelled).</summary>
    public async Task<Result<PortOrder>> GetPortOrderAsync(Actor actor, string orderId, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.One(PortingCollections.Orders, orderId), cancellationToken);
        if (snapshot.Find(PortingCollections.Orders, orderId) is not { } order)
        {
            return new Error("port.order_not_found", orderId);
        }

        return order.Permissions.View ? For(actor, order) : new Error("port.view_not_allowed", order.Id, order.Status);
    }

    /// <summary>Every manual port request (newest first).</summary>
    public async Task<Result<IReadOnlyList<PortServiceRequest>>> ListServiceRequestsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.All(PortingCollections.Requests), cancellationToken);
        return Result<IReadOnlyList<PortServiceRequest>>.Ok(snapshot.All(PortingCollections.Requests).Values
            .OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => actor.IsAdmin ? r : r.Masked()).ToArray());
    }

    private static PortOrder For(Actor actor, PortOrder order) => actor.IsAdmin ? order : order.Masked();
}
