using System.Text;

namespace ChatPhone.Cards.Diagrams;

/// <summary>
/// Draws one line of text with <see cref="GlyphTable"/>: proportional, one blank column between characters.
/// A line is <see cref="LineHeight"/> pixels high: three rows for the marks of accented capitals, nine for
/// capitals, two for descenders. Characters the table lacks are drawn as a small box; control characters as spaces.
/// </summary>
internal static class BitmapFont
{
    /// <summary>Rows a line of text takes.</summary>
    public const int LineHeight = 14;

    /// <summary>Rows above the top of a capital (room for the marks of É, À…).</summary>
    public const int MarkRoom = 3;

    private const char Ellipsis = '…';

    /// <summary>The width of <paramref name="text"/> in pixels.</summary>
    public static int Measure(string text) => Advances(text).Sum() - (text.Length == 0 ? 0 : 1);

    /// <summary><paramref name="text"/> as is if it fits in <paramref name="width"/> pixels, else its longest start that fits followed by "…".</summary>
    public static string Fit(string text, int width)
    {
        text = Flatten(text);
        if (Measure(text) <= width)
        {
            return text;
        }

        var room = width - Measure(Ellipsis.ToString()) - 1;
        var used = 0;
        var end = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var advance = Advance(rune);
            if (used + advance > room)
            {
                break;
            }

            used += advance;
            end += rune.Utf16SequenceLength;
        }

        return text[..end].TrimEnd() + Ellipsis;
    }

    /// <summary>Draws <paramref name="text"/> with its left edge at <paramref name="x"/> and the top of its capitals at <paramref name="capTop"/>.</summary>
    public static void Draw(Canvas canvas, int x, int capTop, string text, Ink ink)
    {
        foreach (var rune in Flatten(text).EnumerateRunes())
        {
            if (rune.IsBmp && Accents.Find((char)rune.Value) is { } accented)
            {
                Stamp(canvas, x, capTop, accented.Letter, ink);
                var markX = x + (int)Math.Floor((accented.Letter.Width - accented.Mark.Width + 1) / 2.0);
                Stamp(canvas, markX, capTop + accented.MarkTop - accented.Mark.Top, accented.Mark, ink);
            }
            else
            {
                Stamp(canvas, x, capTop, GlyphOf(rune), ink);
            }

            x += Advance(rune);
        }
    }

    private static void Stamp(Canvas canvas, int x, int capTop, Glyph glyph, Ink ink)
    {
        for (var row = 0; row < glyph.Rows.Length; row++)
        {
            var line = glyph.Rows[row];
            for (var column = 0; column < line.Length; column++)
            {
                if (line[column] == '#')
                {
                    canvas.Set(x + column, capTop + glyph.Top + row, ink);
                }
            }
        }
    }

    private static IEnumerable<int> Advances(string text) => text.EnumerateRunes().Select(Advance).ToArray();

    private static int Advance(Rune rune) => GlyphOf(rune).Width + 1;

    private static Glyph GlyphOf(Rune rune)
    {
        if (rune.Value == ' ')
        {
            return GlyphTable.Space;
        }

        if (!rune.IsBmp)
        {
            return GlyphTable.Unknown;
        }

        var c = (char)rune.Value;
        return GlyphTable.Find(c) ?? Accents.Find(c)?.Letter ?? GlyphTable.Unknown;
    }

    // One line: line breaks, tabs and other control characters become spaces; a lone surrogate becomes U+FFFD (drawn as a box).
    private static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }
}
