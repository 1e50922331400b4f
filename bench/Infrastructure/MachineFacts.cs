using System.Runtime.InteropServices;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>What the figures were measured on.</summary>
internal static class MachineFacts
{
    /// <summary>Cores, memory, OS, .NET and store versions as a Markdown list.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> storeVersions)
    {
        var lines = new List<string>
        {
            $"- CPU: {Cpu()} ({Environment.ProcessorCount} logical cores)",
            $"- RAM: {MemoryGiB():0.#} GiB",
            $"- OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})",
            $"- .NET: {RuntimeInformation.FrameworkDescription}, Release build, workstation GC",
        };
        lines.AddRange(storeVersions.Select(s => $"- {s.Key}: {s.Value}"));
        return string.Join('\n', lines) + "\n";
    }

    private static string Cpu() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";

    private static double MemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
}
