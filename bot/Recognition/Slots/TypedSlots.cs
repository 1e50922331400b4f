using System.Globalization;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>Slots whose values are enum names: SKUs, availability features, number types, routing methods, service targets.</summary>
internal static partial class TypedSlots
{
    /// <summary>"sku" when one license is named, "skus" (comma-separated) when several; returns how many.</summary>
    public static int FillSkus(SlotContext context) => FillSkuSlots(context).Select(f => f.Sku).Distinct().Count();

    /// <summary>
    /// Fills the SKU slots like <see cref="FillSkus"/> and, for several SKUs, "skuQuantities": each SKU with the number
    /// written just before it ("5 Teams Phone and 3 calling plans"), or after it ("Teams Phone: 5"); a single number
    /// counts for every SKU ("5 Teams Phone and calling plans"). With one SKU, its number is the quantity.
    /// </summary>
    public static void FillSkusAndQuantities(SlotContext context)
    {
        var skus = FillSkuSlots(context).DistinctBy(f => f.Sku).ToArray();
        var numbers = new List<(decimal Value, int Start, int Length)>();
        while (NumberSlots.FirstHit(context) is { } hit)
        {
            numbers.Add(hit);
        }

        if (numbers.Count == 0)
        {
            return;
        }

        if (skus.Length < 2)
        {
            context.Set(SlotNames.Quantity, numbers[0].Value.ToString(CultureInfo.InvariantCulture));
            return;
        }

        var pairs = new List<string>();
        foreach (var (start, sku) in skus)
        {
            // The nearest number before the SKU that no SKU stands between; else the nearest after it; else the only number.
            var before = numbers.Where(n => n.Start < start && !skus.Any(o => o.Start > n.Start && o.Start < start)).OrderByDescending(n => n.Start).Cast<(decimal Value, int Start, int Length)?>().FirstOrDefault();
            var after = numbers.Where(n => n.Start > start && !skus.Any(o => o.Start > start && o.Start < n.Start)).OrderBy(n => n.Start).Cast<(decimal Value, int Start, int Length)?>().FirstOrDefault();
            var value = before?.Value ?? after?.Value ?? (numbers.Count == 1 ? numbers[0].Value : (decimal?)null);
            if (value is null)
            {
                return;
            }

            pairs.Add(sku + ":" + value.Value.ToString(CultureInfo.InvariantCulture));
        }

        context.Set(SlotNames.SkuQuantities, string.Join(",", pairs));
    }

    private static List<(int Start, Sku Sku)> FillSkuSlots(SlotContext context)
    {
        var found = new List<(int Start, Sku Sku)>();
        foreach (var hit in Vocabulary.Skus.FindAll(context.Folded))
        {
            context.Use(hit.Start, hit.Length);
            found.Add((hit.Start, hit.Value));
        }

        // Part names and enum names typed as such: "MCOEV", "DomesticCallingPlan".
        foreach (Match token in Token().Matches(context.Text))
        {
            if (!context.IsUsed(token.Index) && token.Length >= 4 && Skus.TryParse(token.Value, out var sku))
            {
                context.Use(token.Index, token.Length);
                found.Add((token.Index, sku));
            }
        }

        var ordered = found.OrderBy(f => f.Start).ToList();
        var skus = ordered.Select(f => f.Sku.ToString()).Distinct().ToArray();
        context.Set(skus.Length > 1 ? SlotNames.Skus : SlotNames.Sku, string.Join(",", skus));
        return ordered;
    }

    public static void FillFeature(SlotContext context)
    {
        if (Vocabulary.Features.First(context.Folded) is { } feature)
        {
            context.Use(feature.Start, feature.Length);
            context.Set(SlotNames.Feature, feature.Value.ToString());
        }
    }

    public static void FillRouting(SlotContext context)
    {
        if (Vocabulary.Routing.First(context.Folded) is { } routing)
        {
            context.Use(routing.Start, routing.Length);
            context.Set(SlotNames.RoutingMethod, routing.Value.ToString());
        }
    }

    /// <summary>What a number or a resource account serves (CallQueue, AutoAttendant, ResourceAccount, ConferenceBridge).</summary>
    public static string? Target(SlotContext context)
    {
        if (Vocabulary.ServiceTargets.First(context.Folded) is not { } target)
        {
            return null;
        }

        context.Use(target.Start, target.Length);
        return target.Value;
    }

    /// <summary>
    /// "numberType" when the purpose is said (a call queue's toll-free number → CallQueueTollFree, a user
    /// number → UserSubscriber); otherwise "tollFree" (true/false) when only toll or toll-free is said.
    /// </summary>
    public static void FillNumberType(SlotContext context)
    {
        var toll = Vocabulary.Toll.First(context.Folded);
        if (toll is { } t)
        {
            context.Use(t.Start, t.Length);
        }

        var tollFree = toll?.Value == true;
        var purpose = Target(context);
        NumberType? type = purpose switch
        {
            "CallQueue" => tollFree ? NumberType.CallQueueTollFree : NumberType.CallQueueToll,
            "AutoAttendant" => tollFree ? NumberType.AutoAttendantTollFree : NumberType.AutoAttendantToll,
            "ConferenceBridge" => tollFree ? NumberType.ConferenceTollFree : NumberType.ConferenceToll,
            _ when toll is null && Vocabulary.UserNumbers.First(context.Folded) is not null => NumberType.UserSubscriber,
            _ => null,
        };

        if (type is not null)
        {
            context.Set(SlotNames.NumberType, type.ToString());
        }
        else if (toll is not null)
        {
            context.Set(SlotNames.TollFree, tollFree ? "true" : "false");
        }
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_]+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Token();
}
