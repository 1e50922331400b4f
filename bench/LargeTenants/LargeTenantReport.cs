using System.Globalization;
using System.Text;
using ChatPhone.Bench.Infrastructure;

namespace ChatPhone.Bench.LargeTenants;

/// <summary>P6 as a table per store, the p99 ratio of the largest tenant to the smallest, and a plot of latency vs size.</summary>
internal static class LargeTenantReport
{
    /// <summary>The target: p99 at the largest size within this factor of p99 at the smallest.</summary>
    public const double TargetRatio = 2;

    public static string Describe(IReadOnlyList<LargeTenantFigure> figures, IReadOnlyList<LargeTenantMemory> memory, Report report)
    {
        var text = new StringBuilder("## P6 — large tenants\n\n")
            .AppendLine("Each tenant is seeded with the bulk commands only: directory files of at most 20,000 rows, licenses bought in")
            .AppendLine("purchases of at most 100,000, Washington user numbers through search orders of 5,000 acquired whole, then")
            .AppendLine("`AssignInBulkAsync` for licenses and numbers (5,000 per command). \"N people\" = N people each holding both licenses")
            .AppendLine("and one number, plus one person per sample in the directory only. Then, one command at a time (no concurrency), per")
            .AppendLine("sample: assign licenses to one of those people (`LicensingService.AssignAsync`), search one number (`SearchAsync`),")
            .AppendLine("acquire it (`AcquireAsync`), assign it to that person (`NumberAssignmentService.AssignAsync`), \"what's my number\"")
            .AppendLine("of a random seeded person (`MyNumbersQuery`, as the bot answers it), the setup checklist (`SetupService`); after")
            .AppendLine("the samples, directory imports of 10,000 rows (plan + apply) renaming people 0–9,999 (in a tenant of fewer, the")
            .AppendLine("first import also adds the rest). Each size runs on a store started for it alone (and a warm-up tenant of 200),")
            .AppendLine("one size after the other in the same bench process. Target: p99 at 200,000 within 2× of p99 at 1,000 for every command.")
            .AppendLine();
        foreach (var store in figures.Select(f => f.Store).Distinct())
        {
            var mine = figures.Where(f => f.Store == store).ToArray();
            var sizes = mine.Select(f => f.People).Distinct().Order().ToArray();
            var headers = new List<string> { "command", "samples" };
            headers.AddRange(sizes.SelectMany(s => new[] { $"{Size(s)} p50 ms", $"{Size(s)} p99 ms" }));
            headers.Add($"p99 {Size(sizes[^1])} ÷ {Size(sizes[0])}");
            headers.Add("≤ 2×");
            var table = new MarkdownTable([.. headers]);
            foreach (var command in LargeTenantBench.Commands)
            {
                var row = sizes.Select(s => mine.FirstOrDefault(f => f.People == s && f.Latency.Label == command)?.Latency).ToArray();
                if (row.All(l => l is null))
                {
                    continue;
                }

                var cells = new List<object?> { command, row.Max(l => l?.Count ?? 0) };
                cells.AddRange(row.SelectMany(l => new object?[] { l?.P50, l?.P99 }));
                var ratio = Ratio(row[^1], row[0]);
                cells.Add(ratio);
                cells.Add(double.IsNaN(ratio) ? null : ratio <= TargetRatio ? "yes" : "**no**");
                table.Row([.. cells]);
            }

            text.AppendLine($"{StoreName(store)}:").AppendLine().Append(table).AppendLine();
            var plot = Plots.Save(Path.Combine(report.PlotDirectory, $"p6-{store}.svg"), $"P6 p99 latency vs tenant size ({StoreName(store)})", "people (and numbers)", "p99 ms",
                LargeTenantBench.Commands.Select(c => new Series(c,
                    mine.Where(f => f.Latency.Label == c).OrderBy(f => f.People).Select(f => (double)f.People).ToArray(),
                    mine.Where(f => f.Latency.Label == c).OrderBy(f => f.People).Select(f => f.Latency.P99).ToArray())),
                logY: true, logX: true);
            text.AppendLine($"![P6 {store}]({report.Link(plot)})").AppendLine();
        }

        if (memory.Count > 0)
        {
            var table = new MarkdownTable("store", "people (and numbers)", "resident MB, seeded", "heap MB, seeded", "resident MB, after the commands", "heap MB, after", "store's data MB, after");
            foreach (var m in memory)
            {
                table.Row(StoreName(m.Store), Size(m.People), Math.Round(m.SeededRssMb), Math.Round(m.SeededHeapMb), Math.Round(m.AfterRssMb), Math.Round(m.AfterHeapMb), m.StoreDataMb is { } data ? Math.Round(data) : "?");
            }

            text.AppendLine("Memory of the bench process (the core's services and, for Garnet, the embedded server itself), after a full collection; " +
                    "the store's data as it counts it (redis-server's `used_memory`, in its own process; Garnet's main log, pages and objects):")
                .AppendLine().Append(table).AppendLine();
        }

        return text.ToString();
    }

    /// <summary>p99 of <paramref name="largest"/> ÷ p99 of <paramref name="smallest"/>; NaN when either is missing.</summary>
    public static double Ratio(LatencySummary? largest, LatencySummary? smallest) =>
        largest is null || smallest is null || smallest.P99 <= 0 ? double.NaN : largest.P99 / smallest.P99;

    /// <summary>1k, 10k, 200k (whole thousands), else the count.</summary>
    public static string Size(int people) =>
        people % 1000 == 0 ? (people / 1000).ToString(CultureInfo.InvariantCulture) + "k" : people.ToString("N0", CultureInfo.InvariantCulture);

    private static string StoreName(string store) => store == "redis" ? "redis-server" : "embedded Garnet";
}
