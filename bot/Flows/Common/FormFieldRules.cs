using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Forms;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Bot.Flows.Common;

/// <summary>
/// What a step form's fields may hold and which slots they fill. A card's data comes from the client,
/// so every value is checked here (type, range, length, known names) before a flow sees it, exactly
/// like a recognised sentence; anything else is refused with the field named.
/// </summary>
public static partial class FormFieldRules
{
    private const int MaxText = 256;
    private const int MaxList = 1_000;

    private static readonly Dictionary<string, Func<string, IReadOnlyDictionary<string, string>?>> Rules = new(StringComparer.Ordinal)
    {
        [FormFields.Quantity] = v => Int(v, 1, 10_000) is { } n ? One(SlotNames.Quantity, n) : null,
        [FormFields.PinLength] = v => Int(v, 1, 99) is { } n ? One(SlotNames.PinLength, n) : null,
        [FormFields.Sku] = v => Names<Sku>(v, max: 1) is { } s ? One(SlotNames.Sku, s) : null,
        [FormFields.Skus] = v => Names<Sku>(v, max: 20) is { } s ? One(SlotNames.Skus, s) : null,
        [FormFields.Person] = v => v.Length <= MaxText && !v.Contains(',', StringComparison.Ordinal) ? One(SlotNames.Person, v) : null,
        [FormFields.People] = v => List(v) is { } p ? One(SlotNames.People, p) : null,
        [FormFields.Country] = v => CountryPattern().IsMatch(v) ? One(SlotNames.Country, v.ToUpperInvariant()) : null,
        [FormFields.Place] = Place,
        [FormFields.NumberType] = v => Names<NumberType>(v, max: 1) is { } t ? One(SlotNames.NumberType, t) : null,
        [FormFields.PhoneNumber] = v => E164Number.TryParse(v) is { IsSuccess: true } n ? One(SlotNames.PhoneNumber, n.Value.Value) : null,
        [FormFields.Name] = v => v.Length <= 64 ? One(SlotNames.Name, v) : null,
        [FormFields.RoutingMethod] = v => Names<RoutingMethod>(v, max: 1) is { } m ? One(SlotNames.RoutingMethod, m) : null,
        [FormFields.Open] = v => TimePattern().IsMatch(v) ? One(SlotNames.Open, v) : null,
        [FormFields.Close] = v => TimePattern().IsMatch(v) ? One(SlotNames.Close, v) : null,
        [FormFields.Days] = v => Names<DayOfWeek>(v, max: 7) is { } d ? One(SlotNames.Days, d) : null,
        [FormFields.ResourceType] = v => Names<ResourceAccountKind>(v, max: 1) is { } k ? One(SlotNames.ResourceType, k) : null,
        [FormFields.Assignee] = Assignee,
        [FormFields.Amount] = v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && a > 0 && a <= 100_000
            ? One(SlotNames.Amount, a.ToString(CultureInfo.InvariantCulture))
            : null,
    };

    /// <summary>The field names this table knows (every <see cref="FormFields"/> constant must be one).</summary>
    public static IReadOnlyCollection<string> Known => Rules.Keys;

    /// <summary>The slots <paramref name="field"/> = <paramref name="value"/> fills, or null when the value is not acceptable.</summary>
    public static IReadOnlyDictionary<string, string>? Slots(string field, string value) =>
        Rules.TryGetValue(field, out var rule) ? rule(value.Trim()) : null;

    private static IReadOnlyDictionary<string, string>? Place(string key) =>
        CarrierCatalog.Places.FirstOrDefault(p => p.Key == key) is { } place
            ? new Dictionary<string, string>
            {
                [SlotNames.Country] = place.Country,
                [SlotNames.City] = place.City,
                [SlotNames.State] = place.Subdivision ?? string.Empty,
            }.Where(p => p.Value.Length > 0).ToDictionary()
            : null;

    private static Dictionary<string, string>? Assignee(string value) =>
        value == StepForms.BridgeAssignee
            ? new() { [SlotNames.Target] = StepForms.BridgeAssignee }
            : value.Length is > 0 and <= MaxText ? new() { [SlotNames.Target] = "ResourceAccount", [SlotNames.Name] = value } : null;

    private static Dictionary<string, string> One(string slot, object value) =>
        new() { [slot] = Convert.ToString(value, CultureInfo.InvariantCulture)! };

    private static int? Int(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    private static string? List(string value)
    {
        var items = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return items.Length is > 0 and <= MaxList && items.All(i => i.Length <= MaxText) ? string.Join(',', items) : null;
    }

    // Enum names only (no numbers, no flags): "PhoneSystem,DomesticCallingPlan".
    private static string? Names<TEnum>(string value, int max)
        where TEnum : struct, Enum
    {
        var items = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return items.Length is > 0 && items.Length <= max && items.All(i => Enum.GetNames<TEnum>().Contains(i, StringComparer.Ordinal))
            ? string.Join(',', items.Distinct(StringComparer.Ordinal))
            : null;
    }

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$")]
    private static partial Regex TimePattern();
}
