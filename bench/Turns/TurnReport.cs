using System.Text;
using ChatPhone.Bench.Infrastructure;

namespace ChatPhone.Bench.Turns;

/// <summary>P1 and P2 as Markdown tables and plots.</summary>
internal static class TurnReport
{
    public static string TurnCost(IReadOnlyList<TurnFigure> figures, Report report)
    {
        var text = new StringBuilder("## P1 — turn cost\n\n")
            .AppendLine("Closed loop through `POST /api/messages` (`deliveryMode: expectReplies`), one HTTP request = one turn, each")
            .AppendLine("conversation sends its next turn when the previous one answered. The echo bot is a bench-only `IBot` on the same")
            .AppendLine("ASP.NET Core + CloudAdapter stack in the same process. Rows whose store says \"own process\" run each bot in a process")
            .AppendLine("of its own instead (`dotnet bot/bin/Release/net10.0/ChatPhone.Bot.dll`, and the bench's `echo-host` verb), loaded over")
            .AppendLine("loopback from the bench process, which also holds the embedded Garnet. Targets: ChatPhone ≥ 0.5× echo turns/s; p99 ≤ 50 ms at 32.")
            .AppendLine();
        var table = new MarkdownTable("store", "scenario", "concurrent", "turns/s", "× echo", "p50 ms", "p95 ms", "p99 ms", "max ms", "turns");
        foreach (var figure in figures)
        {
            var echo = figures.FirstOrDefault(f => f.Store == figure.Store && f.Scenario == "echo" && f.Result.Concurrency == figure.Result.Concurrency);
            var r = figure.Result;
            table.Row(figure.Store, figure.Scenario, r.Concurrency, r.PerSecond, echo is null ? null : r.PerSecond / echo.Result.PerSecond, r.All.P50, r.All.P95, r.All.P99, r.All.Max, r.All.Count);
        }

        text.Append(table).AppendLine().AppendLine("Admin scenario per command (one search → acquire click → assign → confirm click per iteration):").AppendLine();
        var perCommand = new MarkdownTable("store", "concurrent", "command", "p50 ms", "p95 ms", "p99 ms", "max ms", "count");
        foreach (var figure in figures.Where(f => f.Scenario == Scenarios.Names[2]))
        {
            foreach (var label in figure.Result.PerLabel)
            {
                perCommand.Row(figure.Store, figure.Result.Concurrency, label.Label, label.P50, label.P95, label.P99, label.Max, label.Count);
            }
        }

        text.Append(perCommand).AppendLine();
        var lines = figures.GroupBy(f => (f.Store, f.Scenario)).ToArray();
        var latency = Plots.Save(Path.Combine(report.PlotDirectory, "p1-latency.png"), "P1 turn latency vs concurrency", "concurrent conversations", "ms",
            lines.SelectMany(g => new[]
            {
                new Series($"{g.Key.Store} {g.Key.Scenario} p50", X(g), g.Select(f => f.Result.All.P50).ToArray()),
                new Series($"{g.Key.Store} {g.Key.Scenario} p99", X(g), g.Select(f => f.Result.All.P99).ToArray()),
            }),
            logY: true);
        var throughput = Plots.Save(Path.Combine(report.PlotDirectory, "p1-throughput.png"), "P1 throughput vs concurrency", "concurrent conversations", "turns/s",
            lines.Select(g => new Series($"{g.Key.Store} {g.Key.Scenario}", X(g), g.Select(f => f.Result.PerSecond).ToArray())),
            logY: true);
        text.AppendLine($"![latency]({report.Link(latency)})").AppendLine().AppendLine($"![throughput]({report.Link(throughput)})");
        return text.ToString();
    }

    public static string RoundTrips(IReadOnlyList<RoundTripFigure> figures)
    {
        var text = new StringBuilder("## P2 — Redis commands per turn\n\n")
            .AppendLine("`INFO commandstats` read before and after each turn (one conversation at a time; the INFO calls are taken out),")
            .AppendLine("summed per kind of turn and divided by the turns. MULTI/EXEC units are one round trip each (a unit with conditions")
            .AppendLine("adds one for its WATCH + condition reads). The proactive sender is off in the bench host, so nothing else talks to the")
            .AppendLine("server meanwhile. Target: ≤ 3 round trips for single-object commands.")
            .AppendLine();
        var table = new MarkdownTable("store", "turn", "turns", "commands/turn", "EXEC/turn", "WATCH/turn", "by command (per turn)");
        foreach (var figure in figures)
        {
            if (figure.Commands is null)
            {
                table.Row(figure.Store, figure.Label, figure.Turns, "not supported", null, null, "this server keeps no INFO commandstats");
                continue;
            }

            double Per(string name) => figure.Commands.GetValueOrDefault(name) / (double)figure.Turns;
            var detail = string.Join(", ", figure.Commands.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value / (double)figure.Turns:0.##}"));
            table.Row(figure.Store, figure.Label, figure.Turns, figure.Commands.Values.Sum() / (double)figure.Turns, Per("exec"), Per("watch"), detail);
        }

        return text.Append(table).ToString();
    }

    private static double[] X(IEnumerable<TurnFigure> figures) => figures.Select(f => (double)f.Result.Concurrency).ToArray();
}
