using System.Diagnostics;
using ChatPhone.Bench;
using ChatPhone.Bench.Infrastructure;
using ChatPhone.Bench.Micro;

if (args.Length > 0 && args[0] == "micro")
{
    return MicroBenchmarks.Run(args);
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
