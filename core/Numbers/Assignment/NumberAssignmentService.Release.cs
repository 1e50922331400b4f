using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>Giving unassigned numbers back to the carrier (reference 5e).</summary>
public sealed partial class NumberAssignmentService
{
    // A released number is free at the carrier again: the searches of its country walk their places from the start once more.
    private static void ForgetStockCursors(Commands.CommandContext context, IEnumerable<string> countries)
    {
        var released = countries.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var places = CarrierCatalog.Places.ToDictionary(p => p.Key, StringComparer.Ordinal);
        foreach (var key in context.All(OrderCollections.StockCursors).Keys)
        {
            if (!places.TryGetValue(key, out var place) || released.Contains(place.Country))
            {
                context.Delete(OrderCollections.StockCursors, key);
            }
        }
    }

    /// <summary>Releases unassigned numbers to the carrier; if any listed number is assigned, none is released.</summary>
    public Task<Result<ReleaseOutcome>> ReleaseAsync(ReleaseNumbers command, CancellationToken cancellationToken = default)
    {
        var parsed = command.Numbers.Select(NumberInput.Parse).ToArray();
        var numbers = parsed.Where(p => p.IsSuccess).Select(p => p.Value.Value).Distinct().ToArray();
        return runner.RunAsync(command, AuditActions.Numbers.Release, Role.Admin,
            reads => NumberUsageIndex.Declare(reads.Many(NumberCollections.Numbers, numbers).All(OrderCollections.StockCursors)),
            context =>
            {
                if (command.Numbers.Count is 0 or > ReleaseNumbers.MaxNumbers)
                {
                    return new Error("number.release_count_invalid", command.Numbers.Count, ReleaseNumbers.MaxNumbers);
                }

                if (parsed.FirstOrDefault(p => !p.IsSuccess) is { Error: { } invalid })
                {
                    return invalid;
                }

                var owned = numbers.Select(n => (Number: n, Found: context.Find(NumberCollections.Numbers, n))).ToArray();
                var notOwned = owned.Where(o => o.Found is null).Select(o => o.Number).ToArray();
                var assigned = owned.Where(o => o.Found?.Assignment is not null).Select(o => o.Number).ToArray();
                var free = owned.Where(o => o.Found is { Assignment: null }).Select(o => o.Number).ToArray();
                if (assigned.Length > 0)
                {
                    return new ReleaseOutcome([], assigned, notOwned, free);
                }

                if (free.Length > 0)
                {
                    var usage = NumberUsageIndex.Open(context);
                    if (!usage.IsSuccess)
                    {
                        return usage.Error;
                    }

                    foreach (var (number, found) in owned.Where(o => o.Found is { Assignment: null }))
                    {
                        context.Delete(NumberCollections.Numbers, number);
                        usage.Value.Record(context, found, null);
                    }

                    ForgetStockCursors(context, owned.Where(o => o.Found is { Assignment: null }).Select(o => o.Found!.Country));
                }

                return new ReleaseOutcome(free, [], notOwned, []);
            },
            AssignmentJson.Default.ReleaseOutcome,
            cancellationToken);
    }
}
