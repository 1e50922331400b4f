using System.Globalization;

namespace ChatPhone.Core.Common;

/// <summary>
/// Singular and plural sentences. Convention: a resource <c>Key</c> is the plural (or only) form and an optional
/// <c>Key_One</c> is its singular form, chosen by <see cref="StringTable.Find"/> when the count is singular.
/// The count is the first argument that is a whole number (an integer, or a string of digits such as an
/// error argument); French treats 0 and 1 as singular, English only 1.
/// </summary>
public static class Plurals
{
    /// <summary>The suffix of a singular form's resource name.</summary>
    public const string OneSuffix = "_One";

    /// <summary>True when <paramref name="count"/> takes the singular in <paramref name="culture"/>.</summary>
    public static bool IsSingular(CultureInfo culture, long count) =>
        FrenchText.IsFrench(culture) ? count is 0 or 1 or -1 : count is 1 or -1;

    /// <summary>True when the count among <paramref name="args"/> takes the singular; false when there is no count.</summary>
    public static bool IsSingular(CultureInfo culture, IReadOnlyList<object?> args) =>
        Count(args) is { } count && IsSingular(culture, count);

    /// <summary>The first whole number among <paramref name="args"/>, or null.</summary>
    public static long? Count(IReadOnlyList<object?> args)
    {
        foreach (var arg in args)
        {
            switch (arg)
            {
                case int i: return i;
                case long l: return l;
                case short s: return s;
                case byte b: return b;
                case uint u: return u;
                case string text when text.Length is > 0 and < 10 && text.All(char.IsAsciiDigit):
                    return long.Parse(text, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
