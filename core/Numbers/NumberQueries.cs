using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers.Orders;

namespace ChatPhone.Core.Numbers;

/// <summary>Filters of an inventory listing (ANDed); null means any.</summary>
public sealed record NumberFilter(NumberType? Type = null, PstnAssignmentStatus? Status = null, string? Country = null);

/// <summary>One page of the inventory, sorted ascending by number.</summary>
public sealed record NumberPage(IReadOnlyList<PhoneNumber> Items, int Total, int Skip, int Top);

/// <summary>Read side of the Numbers area: inventory, orders, quotas, a person's lines. Helpdesk and admins may read.</summary>
public sealed class NumberQueries(CommandRunner runner, TimeProvider clock)
{
    /// <summary>The default page size (Get-CsPhoneNumberAssignment).</summary>
    public const int DefaultTop = 500;

    /// <summary>The largest page.</summary>
    public const int MaxTop = 1000;

    /// <summary>The inventory filtered, sorted ascending by number, one page.</summary>
    public async Task<Result<NumberPage>> ListAsync(Actor actor, NumberFilter filter, int skip = 0, int top = DefaultTop, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        if (skip < 0 || top is < 1 or > MaxTop)
        {
            return new Error("number.page_invalid", skip, top, MaxTop);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.All(NumberCollections.Numbers), cancellationToken);
        var matching = snapshot.All(NumberCollections.Numbers).Values
            .Where(n => filter.Type is null || n.Type == filter.Type)
            .Where(n => filter.Status is null || n.Status == filter.Status)
            .Where(n => filter.Country is null || n.Country.Equals(filter.Country.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(n => n.Number, StringComparer.Ordinal)
            .ToArray();
        return new NumberPage(matching.Skip(skip).Take(top).ToArray(), matching.Length, skip, top);
    }

    /// <summary>A search order as it stands now (a Reserved order past its expiry shows as Expired).</summary>
    public async Task<Result<NumberOrder>> OrderAsync(Actor actor, string orderId, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.One(OrderCollections.Orders, orderId), cancellationToken);
        return snapshot.Find(OrderCollections.Orders, orderId) is { } order
            ? order.At(clock.GetUtcNow())
            : new Error("number.order_not_found", orderId);
    }

    /// <summary>The three allowances with what counts against them (reservations in flight included, ported numbers not).</summary>
    public async Task<Result<NumberQuotas>> QuotasAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant,
            reads => NumberUsageIndex.Declare(reads.All(LicensingCollections.Subscriptions).All(OrderCollections.Reservations)),
            cancellationToken);
        // A tenant whose index is not built yet (the next search, acquire or release builds it) has its inventory counted.
        var acquired = NumberUsageIndex.Counted(snapshot)
            ?? NumberUsageIndex.Count((await runner.ReadAsync(actor.Tenant, reads => reads.All(NumberCollections.Numbers), cancellationToken))
                .All(NumberCollections.Numbers).Values);
        var now = clock.GetUtcNow();
        return NumberQuota.Compute(
            snapshot.All(LicensingCollections.Subscriptions).Values,
            acquired,
            snapshot.All(OrderCollections.Reservations).Values.Where(r => r.IsActive(now)).Select(r => r.Type));
    }

    /// <summary>A person's lines, primary first; helpdesk and admins may ask for anyone, a person for themselves.</summary>
    public async Task<Result<IReadOnlyList<UserLine>>> LinesOfAsync(Actor actor, string userId, CancellationToken cancellationToken = default)
    {
        var id = userId.Trim().ToLowerInvariant();
        if (actor.Role < Role.Helpdesk && !(actor.Role >= Role.User && actor.UserId.Equals(id, StringComparison.OrdinalIgnoreCase)))
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.One(NumberCollections.UserLines, id), cancellationToken);
        IReadOnlyList<UserLine> lines = (snapshot.Find(NumberCollections.UserLines, id) ?? []).OrderBy(l => l.Category).ToArray();
        return Result<IReadOnlyList<UserLine>>.Ok(lines);
    }
}
