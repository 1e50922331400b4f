using System.Globalization;
using System.Text;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>A GitHub-flavoured Markdown table; cells are escaped so a '|' never breaks a row.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row; numbers are written with invariant culture.</summary>
    public MarkdownTable Row(params object?[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row has {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells.Select(Format).ToArray());
        return this;
    }

    /// <summary>The table as Markdown, ending with a newline.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", headers.Select(Escape)).AppendLine(" |");
        text.Append('|').AppendJoin('|', headers.Select(_ => "---")).AppendLine("|");
        foreach (var row in _rows)
        {
            text.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        }

        return text.ToString();
    }

    /// <summary>How a cell shows: at most 3 significant decimals for fractions, thousands separated for counts.</summary>
    public static string Format(object? cell) => cell switch
    {
        null => "—",
        double d when double.IsNaN(d) => "—",
        double d => d.ToString(Math.Abs(d) >= 100 ? "N0" : Math.Abs(d) >= 10 ? "N1" : "0.##", CultureInfo.InvariantCulture),
        int or long => Convert.ToInt64(cell, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture),
        _ => Escape(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
