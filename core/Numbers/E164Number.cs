using ChatPhone.Core.Common;
using PhoneNumbers;

namespace ChatPhone.Core.Numbers;

/// <summary>
/// A telephone number in E.164 form (<c>+12065550100</c>), accepted only when libphonenumber
/// says it is a valid number. Input may omit the '+' when a default region is given; "tel:" is refused.
/// </summary>
public readonly record struct E164Number
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private E164Number(string value, string region)
    {
        Value = value;
        Region = region;
    }

    /// <summary>The number, "+" and digits only.</summary>
    public string Value { get; }

    /// <summary>The ISO region libphonenumber assigns to the number.</summary>
    public string Region { get; }

    /// <summary>Parses and validates; <paramref name="defaultRegion"/> applies to numbers written without '+'.</summary>
    public static Result<E164Number> TryParse(string? text, string? defaultRegion = null)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40
            || text.TrimStart().StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return new Error("number.invalid", text ?? string.Empty);
        }

        try
        {
            var trimmed = text.Trim();
            var parsed = Util.Parse(trimmed, trimmed.StartsWith('+') ? null : defaultRegion?.ToUpperInvariant() ?? "ZZ");
            if (!Util.IsValidNumber(parsed))
            {
                return new Error("number.invalid", text);
            }

            return new E164Number(Util.Format(parsed, PhoneNumberFormat.E164), Util.GetRegionCodeForNumber(parsed));
        }
        catch (NumberParseException)
        {
            return new Error("number.invalid", text);
        }
    }

    /// <summary>The number as people in its own country write it (e.g. <c>01 84 88 00 00</c>).</summary>
    public string National() => Util.Format(Util.Parse(Value, null), PhoneNumberFormat.NATIONAL);

    /// <inheritdoc />
    public override string ToString() => Value;
}
