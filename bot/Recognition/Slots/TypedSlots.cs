using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>Slots whose values are enum names: SKUs, availability features, number types, routing methods, service targets.</summary>
internal static partial class TypedSlots
{
    /// <summary>"sku" when one license is named, "skus" (comma-separated) when several; returns how many.</summary>
    public static int FillSkus(SlotContext context)
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

        var skus = found.OrderBy(f => f.Start).Select(f => f.Sku.ToString()).Distinct().ToArray();
        context.Set(skus.Length > 1 ? SlotNames.Skus : SlotNames.Sku, string.Join(",", skus));
        return skus.Length;
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
