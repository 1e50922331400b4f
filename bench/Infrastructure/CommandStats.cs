using System.Globalization;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>Reads <c>INFO commandstats</c> text and the difference between two readings.</summary>
internal static class CommandStats
{
    /// <summary>Calls per command ("hget" → 12) from lines like <c>cmdstat_hget:calls=12,usec=30,...</c>.</summary>
    public static IReadOnlyDictionary<string, long> Parse(string info)
    {
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in info.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':');
            if (!line.StartsWith("cmdstat_", StringComparison.Ordinal) || colon < 0)
            {
                continue;
            }

            var name = line["cmdstat_".Length..colon].ToLowerInvariant();
            var field = line[(colon + 1)..].Split(',').FirstOrDefault(f => f.StartsWith("calls=", StringComparison.Ordinal));
            if (field is not null && long.TryParse(field["calls=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                calls[name] = count;
            }
        }

        return calls;
    }

    /// <summary>
    /// Calls made between <paramref name="before"/> and <paramref name="after"/>, without the INFO calls themselves
    /// (the second reading counts the first INFO), and without commands that did not move.
    /// </summary>
    public static IReadOnlyDictionary<string, long> Delta(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after)
    {
        var delta = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, count) in after)
        {
            var moved = count - before.GetValueOrDefault(name);
            if (name == "info")
            {
                moved -= 1;
            }

            if (moved > 0)
            {
                delta[name] = moved;
            }
        }

        return delta;
    }

    /// <summary>The value of <c>name:value</c> in INFO text, or null.</summary>
    public static string? Field(string info, string name) =>
        info.Split('\n', StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            .Select(l => l[(name.Length + 1)..])
            .FirstOrDefault();
}
