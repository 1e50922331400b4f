using System.Globalization;
using System.Text;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// PowerShell literals that text from people can never escape from: single-quoted strings (nothing expands inside
/// them, and every quote character is doubled), booleans, numbers and arrays of those.
/// </summary>
public static class PsLiteral
{
    /// <summary>The characters PowerShell's tokenizer reads as a single quote (the ASCII one and four typographic ones).</summary>
    public static readonly IReadOnlySet<char> SingleQuotes = new HashSet<char> { '\'', '\u2018', '\u2019', '\u201A', '\u201B' };

    /// <summary><paramref name="text"/> as a single-quoted string: <c>$(…)</c>, backticks and line breaks stay literal.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            quoted.Append(c);
            if (SingleQuotes.Contains(c))
            {
                quoted.Append(c);
            }
        }

        return quoted.Append('\'').ToString();
    }

    /// <summary><c>$true</c> or <c>$false</c>.</summary>
    public static string Bool(bool value) => value ? "$true" : "$false";

    /// <summary>An integer in invariant digits.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal number in invariant digits.</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>An array of already formed expressions: <c>@('a', 'b')</c>.</summary>
    public static string Array(IEnumerable<string> expressions) => "@(" + string.Join(", ", expressions) + ")";

    /// <summary>An array of quoted strings.</summary>
    public static string QuotedArray(IEnumerable<string> texts) => Array(texts.Select(Quote));

    /// <summary>
    /// <paramref name="text"/> made safe for a <c>#</c> comment: every line break and control character becomes a space,
    /// so text from people can never end the comment and start code.
    /// </summary>
    public static string CommentText(string text) =>
        new(text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c).ToArray());
}
