using PhoneNumbers;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>The ways a person writes a number: "+33 1 84 88 00 01", "01 84 88 00 01", "+33184880001", "33184880001".</summary>
internal static class NumberText
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The number in international format ("+33 1 84 88 00 01"); the E.164 text when it does not parse.</summary>
    public static string International(string e164) => Format(e164, PhoneNumberFormat.INTERNATIONAL);

    /// <summary>The number as written in its own country ("01 84 88 00 01").</summary>
    public static string National(string e164) => Format(e164, PhoneNumberFormat.NATIONAL);

    /// <summary>Every way of writing <paramref name="e164"/> a sentence may use, for <see cref="ObjectMentions"/>.</summary>
    public static IReadOnlyList<string> Aliases(string e164) =>
        new[] { e164, e164.TrimStart('+'), National(e164), International(e164) }.Distinct(StringComparer.Ordinal).ToArray();

    private static string Format(string e164, PhoneNumberFormat format)
    {
        try
        {
            return Util.Format(Util.Parse(e164, null), format);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }
}
