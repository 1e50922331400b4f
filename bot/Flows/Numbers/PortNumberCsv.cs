using System.Text.RegularExpressions;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>
/// The numbers of a port, pasted as CSV or typed: one number per row (or several separated by commas on one row, as the
/// text box always took), with or without a header row, each in E.164 or national form with the country in another column
/// ("FR;01 84 88 00 01") or the country of the billing number. A line that holds no valid number is reported by its line
/// number, in the person's language, and nothing is submitted.
/// </summary>
public static partial class PortNumberCsv
{
    /// <summary>The most lines read (a port order takes at most 999 numbers; a manual request more).</summary>
    public const int MaxLines = 5000;

    /// <summary>The numbers, E.164 and without repeats, or the problems, one per line at fault.</summary>
    public static (IReadOnlyList<string> Numbers, IReadOnlyList<string> Problems) Parse(string text, string? defaultRegion, Language language)
    {
        var numbers = new List<string>();
        var problems = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < Math.Min(lines.Length, MaxLines); i++)
        {
            var cells = lines[i].Split([',', ';', '\t'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(c => c.Trim('"', '\'', ' ')).Where(c => c.Length > 0).ToArray();
            if (cells.Length == 0 || (i == 0 && !cells.Any(c => c.Any(char.IsAsciiDigit))))
            {
                continue; // an empty line, or the header row
            }

            var region = cells.FirstOrDefault(c => c.Length == 2 && c.All(char.IsAsciiLetter) && IsoCountries.IsValid(c.ToUpperInvariant()))?.ToUpperInvariant() ?? defaultRegion;
            var candidates = cells.Where(c => Digits().Matches(c).Sum(m => m.Length) >= 4).ToArray();
            if (candidates.Length == 0)
            {
                problems.Add(BotText.Get(language, "NumObj_CsvNoNumber", i + 1, lines[i].Trim()));
                continue;
            }

            foreach (var candidate in candidates)
            {
                var parsed = E164Number.TryParse(candidate, region);
                if (!parsed.IsSuccess)
                {
                    problems.Add(BotText.Get(language, candidate.StartsWith('+') || region is not null ? "NumObj_CsvInvalid" : "NumObj_CsvNoCountry", i + 1, candidate));
                }
                else if (!numbers.Contains(parsed.Value.Value))
                {
                    numbers.Add(parsed.Value.Value);
                }
            }
        }

        return (numbers, problems);
    }

    [GeneratedRegex(@"\d+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Digits();
}
