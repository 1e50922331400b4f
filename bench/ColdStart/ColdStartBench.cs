using System.Diagnostics;
using System.Net;
using System.Text;
using ChatPhone.Bench.Infrastructure;
using ChatPhone.Bench.Turns;

namespace ChatPhone.Bench.ColdStart;

/// <summary>One cold start: process start → /healthz 200, and the first turn after that.</summary>
internal sealed record ColdStartFigure(string Store, int Run, TimeSpan Healthy, TimeSpan FirstTurn);

/// <summary>P4: starts the built bot (<c>dotnet bot/bin/Release/net10.0/ChatPhone.Bot.dll</c>) as a child process, several times.</summary>
internal static class ColdStartBench
{
    private const string Alex = "00000000-0000-4000-8000-000000000004";

    public static async Task<List<ColdStartFigure>> RunAsync(StoreServer store, Sizes sizes, string root)
    {
        var dll = Path.Combine(root, "bot", "bin", "Release", "net10.0", "ChatPhone.Bot.dll");
        if (!File.Exists(dll))
        {
            throw new BenchException($"{dll} is missing: build the bot first (dotnet build -c Release bot; `dotnet run -c Release --project bench` does it).");
        }

        var figures = new List<ColdStartFigure>();
        for (var run = 1; run <= sizes.ColdStarts; run++)
        {
            figures.Add(await OnceAsync(store, dll, run));
            Console.WriteLine($"[{store.Name}] cold start {run}: healthy after {figures[^1].Healthy.TotalMilliseconds:0} ms, first turn {figures[^1].FirstTurn.TotalMilliseconds:0} ms");
        }

        return figures;
    }

    public static string Describe(IReadOnlyList<ColdStartFigure> figures)
    {
        var text = new StringBuilder("## P4 — cold start\n\n")
            .AppendLine("`dotnet bot/bin/Release/net10.0/ChatPhone.Bot.dll --urls http://127.0.0.1:<port>` started as a child process; time until")
            .AppendLine("`GET /healthz` answers 200 (polled every 20 ms), then one \"what's my number?\" turn. On redis the bot connects to the")
            .AppendLine("bench's redis-server; on garnet it starts its own embedded Garnet in a fresh directory, as `dotnet run` does. Target ≤ 5 s.")
            .AppendLine();
        var table = new MarkdownTable("store", "run", "to healthy ms", "first turn ms");
        foreach (var f in figures)
        {
            table.Row(f.Store, f.Run, f.Healthy.TotalMilliseconds, f.FirstTurn.TotalMilliseconds);
        }

        foreach (var store in figures.GroupBy(f => f.Store))
        {
            table.Row(store.Key, "median", Median(store.Select(f => f.Healthy.TotalMilliseconds)), Median(store.Select(f => f.FirstTurn.TotalMilliseconds)));
        }

        return text.Append(table).ToString();
    }

    private static async Task<ColdStartFigure> OnceAsync(StoreServer store, string dll, int run)
    {
        var port = Tools.FreePort();
        var data = Directory.CreateTempSubdirectory("chatphone-bench-coldstart-").FullName;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ChatPhone__SeedDemo"] = "true";
        start.Environment["Redis__Embedded__DataDirectory"] = data;
        start.Environment["Redis__ConnectionString"] = store.Name == "redis" ? store.ConnectionString : string.Empty;
        start.Environment["Redis__KeyPrefix"] = "cold" + Guid.NewGuid().ToString("N")[..8];

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new BenchException("dotnet did not start the bot.");
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            while (!await HealthyAsync(http))
            {
                if (process.HasExited || Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(60))
                {
                    throw new BenchException($"The bot did not become healthy (exit: {(process.HasExited ? process.ExitCode : "still running")}).");
                }

                await Task.Delay(20);
            }

            var healthy = Stopwatch.GetElapsedTime(started);
            var turnStarted = Stopwatch.GetTimestamp();
            var replies = await new TurnClient(http).SendAsync(TurnClient.Message(Alex, "what's my number?", "cold-" + run));
            var firstTurn = Stopwatch.GetElapsedTime(turnStarted);
            Seeding.Expect(replies.Count > 0, "the first turn had no reply");
            return new ColdStartFigure(store.Name, run, healthy, firstTurn);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            _ = await output;
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<bool> HealthyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }
}
