using ChatPhone.Core.Common;
using PhoneNumbers;
using LibNumber = PhoneNumbers.PhoneNumber;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>
/// The "Check number portability" step (reference step 3c): each number must be valid E.164, listed once,
/// not already in the tenant's inventory nor in another open order, and portable (no UIFN, no UK
/// 084x/087x non-geographic numbers, no mobile numbers outside the US and Puerto Rico). Pure.
/// </summary>
public static class PortabilityCheck
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private static readonly string[] UkNonGeographic = ["843", "844", "845", "870", "871", "872"];

    /// <summary>Checks every number of <paramref name="request"/>.</summary>
    /// <param name="request">The port request.</param>
    /// <param name="inventory">The tenant's numbers (E.164).</param>
    /// <param name="openOrders">Numbers of open port orders, with the order id.</param>
    public static (IReadOnlyList<PortedNumber> Numbers, IReadOnlyList<NumberProblem> Problems) Run(
        PortRequest request, IReadOnlySet<string> inventory, IReadOnlyDictionary<string, string> openOrders)
    {
        var numbers = new List<PortedNumber>();
        var problems = new List<NumberProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in request.Numbers ?? [])
        {
            var text = line.Number?.Trim() ?? string.Empty;
            if (Check(text, request.NumberType) is not { } parsed)
            {
                problems.Add(new NumberProblem(text, Problem(text)));
                continue;
            }

            Error? reason = !seen.Add(parsed.Number) ? new Error("port.number_duplicate", parsed.Number)
                : inventory.Contains(parsed.Number) ? new Error("port.number_in_inventory", parsed.Number)
                : openOrders.TryGetValue(parsed.Number, out var orderId) ? new Error("port.number_in_open_order", parsed.Number, orderId)
                : null;
            if (reason is not null)
            {
                problems.Add(new NumberProblem(parsed.Number, reason));
                continue;
            }

            numbers.Add(parsed with { Carrier = string.IsNullOrWhiteSpace(line.Carrier) ? request.LosingCarrier?.Trim() ?? string.Empty : line.Carrier.Trim() });
        }

        return (numbers, problems);
    }

    private static PortedNumber? Check(string text, NumberType declared)
    {
        if (Parse(text) is not { } number || !Util.IsValidNumber(number) || IsUkNonGeographic(number) || number.CountryCode == 800)
        {
            return null;
        }

        var region = Util.GetRegionCodeForNumber(number);
        var type = Util.GetNumberType(number);
        if (type == PhoneNumberType.MOBILE && region is not ("US" or "PR"))
        {
            return null;
        }

        var kind = type == PhoneNumberType.TOLL_FREE || declared.IsTollFree() ? PortNumberKind.TollFree
            : declared.IsService() ? PortNumberKind.ServiceToll
            : type == PhoneNumberType.MOBILE ? PortNumberKind.Mobile
            : PortNumberKind.Local;
        return new PortedNumber(Util.Format(number, PhoneNumberFormat.E164), region, kind, string.Empty);
    }

    /// <summary>Why <paramref name="text"/> did not pass (called only when it did not).</summary>
    private static Error Problem(string text)
    {
        if (!text.StartsWith('+') || Parse(text) is not { } number)
        {
            return new Error("port.number_not_e164", text);
        }

        if (number.CountryCode == 800)
        {
            return new Error("port.number_uifn", text);
        }

        if (IsUkNonGeographic(number))
        {
            return new Error("port.number_uk_non_geographic", text);
        }

        return Util.IsValidNumber(number)
            ? new Error("port.number_mobile_outside_us", text, Util.GetRegionCodeForNumber(number))
            : new Error("port.number_not_e164", text);
    }

    private static LibNumber? Parse(string text)
    {
        if (!text.StartsWith('+') || text.Length > 20 || text.Skip(1).Any(c => !char.IsAsciiDigit(c)))
        {
            return null;
        }

        try
        {
            return Util.Parse(text, null);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static bool IsUkNonGeographic(LibNumber number) =>
        number.CountryCode == 44 && UkNonGeographic.Any(p => number.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture).StartsWith(p, StringComparison.Ordinal));
}

/// <summary>A number that passed the check: E.164, its country, its porting type and its current carrier.</summary>
public sealed record PortedNumber(string Number, string Region, PortNumberKind Kind, string Carrier);
