using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ChatPhone.Bench.Micro;

/// <summary>
/// <c>bench micro [--smoke] [--out DIR]</c>: the BenchmarkDotNet micro-benchmarks, in process (no generated project to
/// build). The smoke run does one invocation of each, so the CI keeps them compiling and running.
/// </summary>
internal static class MicroBenchmarks
{
    public static int Run(IReadOnlyList<string> args)
    {
        var smoke = args.Contains("--smoke");
        var output = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault()
            ?? Directory.CreateTempSubdirectory("chatphone-micro-").FullName;
        var job = (smoke ? Job.Dry : Job.ShortRun).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(output);
        var summaries = BenchmarkRunner.Run([typeof(DocumentBenchmarks), typeof(RecognitionBenchmarks)], config);
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        Console.WriteLine(failed ? "bench micro: a benchmark failed" : $"Wrote the micro-benchmark reports to {output}/results");
        return failed ? 1 : 0;
    }
}
