using System.Text;
using ChatPhone.Bench.Infrastructure;

namespace ChatPhone.Bench.ManyTenants;

/// <summary>P7 as tables: throughput and p99 per number of bot processes and per kind of turn, the ratio, the slot check.</summary>
internal static class ManyTenantReport
{
    /// <summary>The target: two processes serve at least this many times one process's turns per second.</summary>
    public const double TargetRatio = 1.6;

    public static string Describe(ManyTenantRun run)
    {
        var tenants = run.Figures.FirstOrDefault()?.Tenants ?? 0;
        var text = new StringBuilder("## P7 — many tenants\n\n")
            .AppendLine($"{tenants:N0} tenants, each with one admin and {ManyTenantLoad.Users} users, seeded afresh for each variant through the core's commands (directory file,")
            .AppendLine("purchases, bulk licenses, a validated address, a search order of five numbers acquired, bulk assignment to five users),")
            .AppendLine($"on a Redis Cluster of three primaries and no replicas (redis-server {run.Version}, `--cluster-enabled yes`, created by")
            .AppendLine("`redis-cli --cluster create … --cluster-replicas 0`). The built bot (`bot/bin/Release/net10.0/ChatPhone.Bot.dll`) runs in")
            .AppendLine("one process, then in two, each connected to the cluster; the bench loads them over loopback `POST /api/messages`")
            .AppendLine("from its own process (closed loop, `expectReplies`). Iterations walk the tenants in turn, so every tenant is active:")
            .AppendLine("ten in eleven are a user's \"what's my number?\", one in eleven the admin's round (search → acquire click → assign →")
            .AppendLine("confirm click). A tenant's turns always go to process `tenant mod processes`. Target: two processes ≥ 1.6× one")
            .AppendLine($"process's turns/s where the machine has the cores. This machine: {Environment.ProcessorCount} logical cores.")
            .AppendLine();
        var table = new MarkdownTable("bot processes", "tenants", "concurrent", "turns/s", "× one process", "p50 ms", "p99 ms", "max ms", "turns", "store.busy rounds", "admin rounds skipped");
        var one = run.Figures.FirstOrDefault(f => f.Processes == 1);
        foreach (var figure in run.Figures)
        {
            var r = figure.Result;
            table.Row(figure.Processes, figure.Tenants, r.Concurrency, r.PerSecond, one is null ? null : r.PerSecond / one.Result.PerSecond,
                r.All.P50, r.All.P99, r.All.Max, r.All.Count, figure.Busy, figure.Skipped);
        }

        text.Append(table).AppendLine()
            .AppendLine("\"Admin rounds skipped\": rounds due when the tenant had no user without a number left (a user's turn ran instead;")
            .AppendLine("more than a few would shift the mix towards the cheaper turn).")
            .AppendLine()
            .AppendLine($"CPU used during each run (warm-up included), in cores of the {Environment.ProcessorCount}: the bot processes together, the bench")
            .AppendLine("process (load generator and HTTP client), the three redis-servers, and the whole machine (`/proc/stat`, other users included):")
            .AppendLine();
        var cpu = new MarkdownTable("bot processes", "bots", "bench", "redis", "machine", "bot CPU ms per turn");
        foreach (var figure in run.Figures)
        {
            var c = figure.Cpu;
            cpu.Row(figure.Processes, c.Bots, c.Bench, c.Store, c.Machine, c.Bots * 1000 / figure.Result.PerSecond);
        }

        text.Append(cpu).AppendLine().AppendLine("Per kind of turn:").AppendLine();
        var perKind = new MarkdownTable("bot processes", "turn", "turns/s", "p50 ms", "p99 ms", "max ms", "turns");
        foreach (var figure in run.Figures)
        {
            foreach (var kind in ManyTenantLoad.Kinds)
            {
                if (figure.Result.PerLabel.FirstOrDefault(l => l.Label == kind) is { } label)
                {
                    perKind.Row(figure.Processes, kind, label.Count / figure.Result.Elapsed.TotalSeconds, label.P50, label.P99, label.Max, label.Count);
                }
            }
        }

        text.Append(perKind).AppendLine();
        var two = run.Figures.FirstOrDefault(f => f.Processes == 2);
        if (one is not null && two is not null)
        {
            var ratio = two.Result.PerSecond / one.Result.PerSecond;
            text.AppendLine($"Two processes ÷ one: **{ratio:0.00}×** on {Environment.ProcessorCount} logical cores " +
                (ratio >= TargetRatio ? "(target met)." : "(target not met; see the notes)."))
                .AppendLine();
        }

        text.AppendLine("Slot check after each run (`SCAN` on each primary, `CLUSTER KEYSLOT` of every key, grouped by the `{t:…}` hash tag):").AppendLine();
        foreach (var (figure, slots) in run.Figures.Zip(run.Slots))
        {
            text.AppendLine($"- {figure.Processes} bot process(es): {slots}.");
        }

        return text.ToString();
    }
}
