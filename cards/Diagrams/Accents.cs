namespace ChatPhone.Cards.Diagrams;

/// <summary>
/// The Latin-1 accented letters as a base letter and a mark: the mark is drawn centred above the letter
/// (two rows above a small letter, three above a capital, which is why a line reserves rows -3 to -1), a cedilla below.
/// A small i loses its dot under a mark.
/// </summary>
internal static class Accents
{
    private static readonly Glyph Acute = Glyph.Parse(0, ".# #.");
    private static readonly Glyph Grave = Glyph.Parse(0, "#. .#");
    private static readonly Glyph Circumflex = Glyph.Parse(0, ".#. #.#");
    private static readonly Glyph Tilde = Glyph.Parse(0, ".#.# #.#.");
    private static readonly Glyph Diaeresis = Glyph.Parse(1, "#.#");
    private static readonly Glyph Ring = Glyph.Parse(0, ".#. #.# .#.");
    private static readonly Glyph Cedilla = Glyph.Parse(9, ".#. ..#");

    // Each accented letter, its base and its mark: ` grave, ' acute, ^ circumflex, ~ tilde, : diaeresis, o ring, , cedilla.
    private const string Table =
        "ÀA`ÁA'ÂA^ÃA~ÄA:ÅAoÇC,ÈE`ÉE'ÊE^ËE:ÌI`ÍI'ÎI^ÏI:ÑN~ÒO`ÓO'ÔO^ÕO~ÖO:ÙU`ÚU'ÛU^ÜU:ÝY'ŸY:"
        + "àa`áa'âa^ãa~äa:åaoçc,èe`ée'êe^ëe:ìı`íı'îı^ïı:ñn~òo`óo'ôo^õo~öo:ùu`úu'ûu^üu:ýy'ÿy:";

    private static readonly Dictionary<char, (char Base, char Mark)> Letters = Enumerable.Range(0, Table.Length / 3)
        .ToDictionary(i => Table[3 * i], i => (Table[(3 * i) + 1], Table[(3 * i) + 2]));

    /// <summary>The base letter of <paramref name="c"/> and the mark drawn with it, or null when <paramref name="c"/> is not an accented letter.</summary>
    public static (Glyph Letter, Glyph Mark, int MarkTop)? Find(char c)
    {
        if (!Letters.TryGetValue(c, out var parts) || GlyphTable.Find(parts.Base) is not { } letter)
        {
            return null;
        }

        var mark = parts.Mark switch
        {
            '`' => Grave,
            '\'' => Acute,
            '^' => Circumflex,
            '~' => Tilde,
            ':' => Diaeresis,
            'o' => Ring,
            _ => Cedilla,
        };
        var above = letter.Top >= 3 ? 0 : -3;
        return (letter, mark, mark == Cedilla ? mark.Top : above + mark.Top);
    }
}
