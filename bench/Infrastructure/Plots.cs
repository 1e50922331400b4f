using ScottPlot;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>One line of a plot: its name and its points.</summary>
internal sealed record Series(string Name, double[] Xs, double[] Ys);

/// <summary>Line plots saved as PNG (ScottPlot).</summary>
internal static class Plots
{
    /// <summary>Saves a plot of <paramref name="series"/> to <paramref name="path"/>.</summary>
    public static string Save(string path, string title, string xLabel, string yLabel, IEnumerable<Series> series)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var plot = new Plot();
        foreach (var line in series.Where(s => s.Xs.Length > 0))
        {
            var scatter = plot.Add.Scatter(line.Xs, line.Ys);
            scatter.LegendText = line.Name;
            scatter.MarkerSize = 7;
        }

        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Axes.SetLimitsY(0, double.NaN);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 520);
        return path;
    }
}
