using System.Diagnostics;
using ChatPhone.Bench;
using ChatPhone.Bench.Infrastructure;
using ChatPhone.Bench.Micro;
using ChatPhone.Bench.Turns;

if (args.Length > 0 && args[0] == "micro")
{
    return MicroBenchmarks.Run(args);
}

if (args.Length == 3 && args[0] == TurnBench.EchoHostVerb && args[1] == "--urls")
{
    // P1's echo bot in a process of its own: serves until the bench kills it.
    await using var echo = await BenchHost.StartEchoAsync(args[2]);
    await Task.Delay(Timeout.Infinite);
}

try
{
    var root = RepositoryRoot.Find();
    var options = BenchOptions.Parse(args, root);
    var started = Stopwatch.GetTimestamp();
    var report = new Report(options);
    await BenchRun.RunAsync(options, report, root);
    var path = report.Write(Stopwatch.GetElapsedTime(started), BenchRun.Notes(root));
    Console.WriteLine($"Wrote {path} in {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s");
    return 0;
}
catch (BenchException e)
{
    Console.Error.WriteLine("bench: " + e.Message);
    return 2;
}
