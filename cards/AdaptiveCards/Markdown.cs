using System.Text;

namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>
/// Escapes text for the markdown subset that Teams renders in messages and in TextBlocks and FactSets, so a
/// value that comes from people or files (a display name like <c>[re-verify](https://evil.example)</c>, a queue
/// name with <c>**</c>) shows literally instead of becoming a link, emphasis, a heading, a list or HTML.
/// ChatPhone's own strings carry no markdown, so the sinks (<see cref="CardJson"/> for TextBlock and Fact text,
/// the bot's text replies) escape everything they write: no caller has to remember to.
/// </summary>
public static class Markdown
{
    // Backslash escapes of CommonMark: any ASCII punctuation may follow a backslash.
    private const string Escapable = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    // Escaped wherever they are: links ([text](url), <url>), emphasis, code, HTML, quotes.
    // Parentheses are left alone: without an unescaped "[" no link can form, and phone numbers use them.
    private const string AlwaysEscaped = "[]*_`<>";

    /// <summary>
    /// <paramref name="text"/> with every markdown-significant character escaped. Idempotent: a backslash that
    /// already escapes a punctuation character is kept as it is, so text escaped twice reads the same.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                var escapesNext = i + 1 < text.Length && Escapable.Contains(text[i + 1], StringComparison.Ordinal);
                builder.Append(escapesNext ? text.AsSpan(i++, 2) : @"\\");
                lineStart = false;
                continue;
            }

            if (c is '\n' or '\r')
            {
                builder.Append(c);
                lineStart = true;
                continue;
            }

            if (lineStart && c == ' ')
            {
                builder.Append(c);
                continue;
            }

            if (lineStart && EscapeLineStart(text, ref i, builder))
            {
                lineStart = false;
                continue;
            }

            if (AlwaysEscaped.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lineStart = false;
        }

        return builder.ToString();
    }

    // What only means something at the start of a line: "# heading", "- item", "+ item", "1. item", "1) item".
    private static bool EscapeLineStart(string text, ref int i, StringBuilder builder)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (c == '#' || (c is '-' or '+' && char.IsWhiteSpace(next)))
        {
            builder.Append('\\').Append(c);
            return true;
        }

        if (!char.IsAsciiDigit(c))
        {
            return false;
        }

        var end = i;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end >= text.Length || text[end] is not ('.' or ')') || (end + 1 < text.Length && !char.IsWhiteSpace(text[end + 1])))
        {
            return false;
        }

        builder.Append(text.AsSpan(i, end - i)).Append('\\').Append(text[end]);
        i = end;
        return true;
    }
}
