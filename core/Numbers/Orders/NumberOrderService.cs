using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers.Carrier;
using Microsoft.Extensions.Options;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>
/// Search orders against the simulated carrier (reference 3a, 4, 3b): search and reserve, acquire,
/// cancel, expire, and manual requests for places the carrier does not offer.
/// </summary>
public sealed partial class NumberOrderService(CommandRunner runner, IOptions<NumbersOptions> options)
{
    // How many stock numbers past the quantity a search reads at first; more are read only when the tenant holds those.
    private const int FirstStockRead = 64;

    private readonly NumbersOptions _options = options.Value;

    /// <summary>Reserves numbers: creates a Reserved order, or an order in Error (OutOfStock) when the place cannot supply them.</summary>
    public Task<Result<NumberOrder>> SearchAsync(SearchNumbers command, CancellationToken cancellationToken = default)
    {
        var addressId = command.CivicAddressId?.Trim();
        return runner.RunAsync(command, AuditActions.Numbers.Search, Role.Admin,
            reads =>
            {
                // Active reservations count against the quota, so they are never more than it allows: reading them all stays
                // small however large the inventory. Expired ones are deleted by the next search or expiry sweep.
                NumberUsageIndex.Declare(reads.All(OrderCollections.Reservations)
                    .All(LicensingCollections.Subscriptions).One(CreditsCollections.Accounts, CreditsAccount.Id));
                if (!string.IsNullOrEmpty(addressId))
                {
                    reads.One(EmergencyCollections.Addresses, addressId);
                }

                // The first carrier numbers a search may pick, unless the place is the emergency address's (the decision asks).
                if (string.IsNullOrEmpty(addressId) || command.Type.IsTollFree() || !(command.Place ?? new NumberPlace()).IsEmpty)
                {
                    var country = (command.Country ?? string.Empty).Trim().ToUpperInvariant();
                    var tollFree = command.Type.IsTollFree();
                    reads.Many(OrderCollections.StockCursors, CarrierSearch.Select(country, tollFree, PlaceOf(command, tollFree, null)).Places.Select(p => p.Key));
                }
            },
            context => DecideSearch(command, addressId, context),
            OrdersJson.Default.NumberOrder,
            cancellationToken);
    }

    private Result<NumberOrder> DecideSearch(SearchNumbers command, string? addressId, CommandContext context)
    {
        var country = (command.Country ?? string.Empty).Trim().ToUpperInvariant();
        var requested = command.Place ?? new NumberPlace();
        if (!IsoCountries.IsValid(country))
        {
            return new Error("number.country_invalid", command.Country);
        }

        if (command.Quantity < 1)
        {
            return new Error("number.quantity_invalid", command.Quantity);
        }

        var tollFree = command.Type.IsTollFree();
        if (!CarrierCatalog.In(country).Any(p => p.IsTollFree == tollFree))
        {
            return new Error("number.place_not_offered", country, tollFree ? CarrierPlace.TollFreeCity : requested.Describe());
        }

        if (tollFree && !HasCredits(context))
        {
            return new Error("number.credits_required");
        }

        CivicAddress? address = null;
        if (!string.IsNullOrEmpty(addressId))
        {
            address = context.Find(EmergencyCollections.Addresses, addressId);
            if (address is null)
            {
                return new Error("number.address_not_found", addressId);
            }

            if (!address.Country.Equals(country, StringComparison.OrdinalIgnoreCase))
            {
                return new Error("number.address_country_mismatch", address.Country, country);
            }
        }
        else if (EmergencyRules.AddressRequiredAtSearch(country, command.Type))
        {
            return new Error("number.civic_address_required", country);
        }

        var place = PlaceOf(command, tollFree, address);
        var selection = CarrierSearch.Select(country, tollFree, place);
        if (selection.Places.Count == 0)
        {
            return place.IsEmpty && !tollFree
                ? new Error("number.place_required")
                : new Error("number.place_not_offered", country, place.Describe());
        }

        var usage = NumberUsageIndex.Open(context);
        if (!usage.IsSuccess)
        {
            return usage.Error;
        }

        var reservations = context.All(OrderCollections.Reservations);
        var active = reservations.Where(r => r.Value.IsActive(context.Now)).ToArray();
        var acquired = Enum.GetValues<QuotaKind>().ToDictionary(k => k, usage.Value.Acquired);
        var quota = NumberQuota.Compute(context.All(LicensingCollections.Subscriptions).Values, acquired, active.Select(r => r.Value.Type))
            .Of(NumberQuota.KindOf(command.Type));
        if (command.Quantity > quota.Remaining)
        {
            return new Error("number.quota_exceeded", quota.Kind, quota.Remaining, command.Quantity);
        }

        // The first free numbers of the stock, in its order, walked from where each place's cursor says the tenant's
        // numbers end. Whether the tenant owns a number is read for the stock walked alone, never the whole inventory:
        // when the walk reaches numbers not read yet, as many again as it walked are asked for.
        var keys = selection.Places.Select(p => p.Key).ToArray();
        if (keys.Any(k => !context.Snapshot.WasRead(OrderCollections.StockCursors.Name, k)))
        {
            return context.ReadAlso(reads => reads.Many(OrderCollections.StockCursors, keys));
        }

        var cursors = keys.ToDictionary(k => k, k => context.Find(OrderCollections.StockCursors, k)?.Held ?? 0, StringComparer.Ordinal);
        var walk = selection.Walk(p => _options.StockOf(p.Key), p => cursors[p.Key]);
        var held = active.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var picks = new List<OrderedNumber>(command.Quantity);
        var ends = new Dictionary<string, int>(cursors, StringComparer.Ordinal);
        var walked = 0;
        foreach (var (carrierPlace, number, index) in walk)
        {
            if (picks.Count == command.Quantity)
            {
                break;
            }

            if (!context.Snapshot.WasRead(NumberCollections.Numbers.Name, number))
            {
                var more = walk.Skip(walked).Take(Math.Max(FirstStockRead, walked) + command.Quantity - picks.Count).Select(n => n.Number).ToArray();
                return context.ReadAlso(reads => reads.Many(NumberCollections.Numbers, more));
            }

            walked++;
            var owned = context.Snapshot.Raw(NumberCollections.Numbers.Name, number) is not null;
            if (owned && selection.NumberStart is null && index == ends[carrierPlace.Key])
            {
                ends[carrierPlace.Key] = index + 1;
            }
            else if (!owned && !held.Contains(number))
            {
                picks.Add(new OrderedNumber(number, carrierPlace.Subdivision, carrierPlace.City));
            }
        }

        // What the walk found held from a cursor on moves it, whatever the search's outcome.
        foreach (var (key, end) in ends.Where(e => e.Value > cursors[e.Key]))
        {
            context.Put(OrderCollections.StockCursors, key, new StockCursor(end));
        }

        var picked = picks.ToArray();

        var id = OrderIds.From("order", command.Key);
        var expires = context.Now + _options.ReservationExpiry;
        var order = new NumberOrder(id, country, command.Type, command.Quantity, place, address?.Id, OrderStatus.Reserved,
            OrderErrorCode.NoError, picked, context.Now, context.Actor.UserId, expires);
        if (picked.Length < command.Quantity)
        {
            order = order with { Status = OrderStatus.Error, ErrorCode = OrderErrorCode.OutOfStock, Numbers = [], ClosedAt = context.Now };
            context.Put(OrderCollections.Orders, id, order);
            return order;
        }

        // Expired reservations no longer hold anything; dropping them keeps the collection small.
        foreach (var (number, _) in reservations.Where(r => !r.Value.IsActive(context.Now)))
        {
            context.Delete(OrderCollections.Reservations, number);
        }

        foreach (var number in picked)
        {
            context.Put(OrderCollections.Reservations, number.Number, new NumberReservation(id, command.Type, expires));
        }

        context.Put(OrderCollections.Orders, id, order);
        return order;
    }

    // Toll-free numbers are national: a city (typed, or the emergency address's) never narrows them, only an area code or prefix does.
    private static NumberPlace PlaceOf(SearchNumbers command, bool tollFree, CivicAddress? address)
    {
        var requested = command.Place ?? new NumberPlace();
        return tollFree ? new NumberPlace(AreaCode: requested.AreaCode, Prefix: requested.Prefix)
            : requested.IsEmpty && address is not null ? new NumberPlace(address.StateOrProvince, address.City)
            : requested;
    }

    private static bool HasCredits(CommandContext context) =>
        context.Find(CreditsCollections.Accounts, CreditsAccount.Id) is { } account && account.HasPositiveBalance(context.Now);
}
