using System.Text;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>Collects the sections of BENCHMARKS.md as parts finish, and writes the file.</summary>
internal sealed class Report(BenchOptions options)
{
    private readonly List<(string Part, string Markdown)> _sections = [];
    private readonly Dictionary<string, string> _storeVersions = new(StringComparer.Ordinal);

    /// <summary>Where the report and the plots go.</summary>
    public string OutputDirectory => options.OutputDirectory;

    /// <summary>Where the plots go (bench/plots/ for the full run).</summary>
    public string PlotDirectory => options.WritesRepositoryReport
        ? Path.Combine(options.OutputDirectory, "bench", "plots")
        : Path.Combine(options.OutputDirectory, "plots");

    /// <summary>Records a store's version for the machine facts.</summary>
    public void StoreVersion(string store, string version) => _storeVersions[store] = version;

    /// <summary>Adds a section (it starts with its own heading).</summary>
    public void Add(string part, string markdown)
    {
        _sections.Add((part, markdown));
        Console.WriteLine(markdown);
    }

    /// <summary>A plot's path relative to the report, for a Markdown image link.</summary>
    public string Link(string plotPath) => Path.GetRelativePath(OutputDirectory, plotPath).Replace('\\', '/');

    /// <summary>Writes BENCHMARKS.md; returns its path.</summary>
    public string Write(TimeSpan elapsed, string notes)
    {
        var text = new StringBuilder()
            .AppendLine("# ChatPhone benchmarks")
            .AppendLine()
            .AppendLine("Produced by one run of:")
            .AppendLine()
            .AppendLine("```bash")
            .AppendLine(options.CommandLine)
            .AppendLine("```")
            .AppendLine()
            .AppendLine($"Sizes: {options.Sizes.Name}; the run took {elapsed.TotalMinutes:0.0} min; finished {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC.")
            .AppendLine()
            .AppendLine("## Machine")
            .AppendLine()
            .Append(MachineFacts.Describe(_storeVersions))
            .AppendLine();
        foreach (var (_, markdown) in _sections.OrderBy(s => s.Part, StringComparer.Ordinal))
        {
            text.AppendLine(markdown);
        }

        text.Append(notes);
        Directory.CreateDirectory(OutputDirectory);
        var path = Path.Combine(OutputDirectory, "BENCHMARKS.md");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
