using System.Text;
using ChatPhone.Bench.Infrastructure;

namespace ChatPhone.Bench.Bulk;

/// <summary>P3 as a table and a plot.</summary>
internal static class BulkReport
{
    public static string Describe(IReadOnlyList<BulkFigure> figures, Report report)
    {
        var text = new StringBuilder("## P3 — bulk\n\n")
            .AppendLine("Bulk: `LicensingService.AssignInBulkAsync` and `NumberAssignmentService.AssignInBulkAsync`, at most 5,000 people per")
            .AppendLine("command (10,000 people = two commands, see the notes). Singles: one `AssignAsync` per person, one after the other;")
            .AppendLine("when fewer were run than people, the time is scaled from that sample (column \"singles run\"). Raw: `redis-benchmark -n <keys>")
            .AppendLine("-P 16 -t set -q` on the same server in the same run, keys = documents written (numbers: number + person's lines + message);")
            .AppendLine("at least 1,000 requests (ten times more while too quick to rate), time = keys ÷ its SET rate.")
            .AppendLine("Targets: bulk ≥ 20× faster than singles; bulk within 3× of raw.")
            .AppendLine();
        var table = new MarkdownTable("store", "work", "people", "bulk ms", "singles ms", "singles run", "× faster than singles", "raw keys", "raw ms", "bulk ÷ raw");
        foreach (var f in figures)
        {
            table.Row(f.Store, f.Work, f.Users, f.Bulk.TotalMilliseconds, f.Singles.TotalMilliseconds, f.SinglesMeasured,
                f.Singles / f.Bulk, f.Keys, f.Raw.TotalMilliseconds, f.Bulk / f.Raw);
        }

        text.Append(table).AppendLine();
        var series = figures.GroupBy(f => (f.Store, f.Work)).SelectMany(g =>
        {
            var xs = g.Select(f => (double)f.Users).ToArray();
            return new[]
            {
                new Series($"{g.Key.Store} {g.Key.Work} bulk", xs, g.Select(f => f.Bulk.TotalMilliseconds).ToArray()),
                new Series($"{g.Key.Store} {g.Key.Work} raw SET", xs, g.Select(f => f.Raw.TotalMilliseconds).ToArray()),
            };
        });
        var plot = Plots.Save(Path.Combine(report.PlotDirectory, "p3-bulk.png"), "P3 bulk time vs people", "people", "ms", series, logY: true);
        return text.AppendLine($"![bulk]({report.Link(plot)})").ToString();
    }
}
