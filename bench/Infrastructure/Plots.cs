using System.Globalization;
using ScottPlot;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>One line of a plot: its name and its points.</summary>
internal sealed record Series(string Name, double[] Xs, double[] Ys);

/// <summary>Line plots saved as PNG, or SVG when the path ends in .svg (ScottPlot).</summary>
internal static class Plots
{
    /// <summary>
    /// Saves a plot of <paramref name="series"/> to <paramref name="path"/>. With <paramref name="logY"/> the
    /// values are drawn on a log scale (ticks 1-2-5 per decade), so milliseconds and seconds share one plot;
    /// <paramref name="logX"/> does the same for the horizontal axis (sizes from 1,000 to 200,000).
    /// </summary>
    public static string Save(string path, string title, string xLabel, string yLabel, IEnumerable<Series> series, bool logY = false, bool logX = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var plot = new Plot();
        var drawn = series.Where(s => s.Xs.Length > 0).ToArray();
        foreach (var line in drawn)
        {
            var scatter = plot.Add.Scatter(logX ? Log(line.Xs) : line.Xs, logY ? Log(line.Ys) : line.Ys);
            scatter.LegendText = line.Name;
            scatter.MarkerSize = 7;
        }

        plot.Title(title);
        plot.XLabel(logX ? xLabel + " (log scale)" : xLabel);
        if (logX && drawn.Length > 0)
        {
            var values = drawn.SelectMany(s => s.Xs).Select(x => Math.Max(x, MinimumLogValue)).ToArray();
            var ticks = LogTicks(values.Min(), values.Max());
            plot.Axes.Bottom.SetTicks(ticks.Select(Math.Log10).ToArray(), ticks.Select(t => t.ToString("#,0.##", CultureInfo.InvariantCulture)).ToArray());
        }

        plot.YLabel(logY ? yLabel + " (log scale)" : yLabel);
        if (logY && drawn.Length > 0)
        {
            var values = drawn.SelectMany(s => s.Ys).Select(y => Math.Max(y, MinimumLogValue)).ToArray();
            var ticks = LogTicks(values.Min(), values.Max());
            plot.Axes.Left.SetTicks(ticks.Select(Math.Log10).ToArray(), ticks.Select(t => t.ToString("#,0.##", CultureInfo.InvariantCulture)).ToArray());
        }
        else
        {
            plot.Axes.SetLimitsY(0, double.NaN);
        }

        plot.ShowLegend(Alignment.UpperLeft);
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(path, 900, 520);
        }
        else
        {
            plot.SavePng(path, 900, 520);
        }

        return path;
    }

    private static double[] Log(double[] values) => values.Select(v => Math.Log10(Math.Max(v, MinimumLogValue))).ToArray();

    private const double MinimumLogValue = 0.1;

    /// <summary>1, 2, 5, 10, 20, 50… from the decade below <paramref name="min"/> to the one above <paramref name="max"/>.</summary>
    internal static double[] LogTicks(double min, double max)
    {
        var ticks = new List<double>();
        for (var decade = Math.Pow(10, Math.Floor(Math.Log10(min))); decade <= max * 10; decade *= 10)
        {
            ticks.AddRange(new[] { 1d, 2, 5 }.Select(m => m * decade).Where(t => t >= min / 2 && t <= max * 2));
        }

        return [.. ticks];
    }
}
