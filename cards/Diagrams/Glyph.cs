namespace ChatPhone.Cards.Diagrams;

/// <summary>
/// One character of <see cref="BitmapFont"/>: rows of pixels ('#' set, '.' clear) starting at <see cref="Top"/>,
/// where row 0 is the top of a capital letter, row 3 the top of a small letter, row 8 the baseline and rows 9–10 descenders.
/// </summary>
internal sealed record Glyph(int Top, string[] Rows)
{
    public int Width => Rows.Length == 0 ? 0 : Rows.Max(r => r.Length);

    /// <summary>A glyph from its rows written on one line, separated by spaces.</summary>
    public static Glyph Parse(int top, string rows) => new(top, rows.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
