using System.Diagnostics;
using System.Globalization;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>
/// CPU used during a run, in cores (CPU seconds per second of wall clock): by the bot processes, by the bench process
/// (load generator), by the store's processes, and by the whole machine (<c>/proc/stat</c>, so other work on it shows).
/// </summary>
internal sealed record CpuUse(double Bots, double Bench, double Store, double Machine)
{
    /// <summary>Runs <paramref name="run"/> and measures the CPU the given processes, this one and the machine used meanwhile.</summary>
    public static async Task<(T Result, CpuUse Cpu)> MeasureAsync<T>(Func<Task<T>> run, Func<TimeSpan> bots, Func<TimeSpan> store)
    {
        var self = Process.GetCurrentProcess();
        var (bots0, self0, store0, machine0) = (bots(), self.TotalProcessorTime, store(), MachineBusy());
        var started = Stopwatch.GetTimestamp();
        var result = await run();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        self.Refresh();
        var cpu = new CpuUse(
            (bots() - bots0).TotalSeconds / seconds,
            (self.TotalProcessorTime - self0).TotalSeconds / seconds,
            (store() - store0).TotalSeconds / seconds,
            MachineBusy() is { } machine1 && machine0 is { } start ? (machine1 - start).TotalSeconds / seconds : double.NaN);
        return (result, cpu);
    }

    /// <summary>CPU time <paramref name="processes"/> have used so far (those that exited count as nothing).</summary>
    public static TimeSpan Of(IEnumerable<Process> processes) =>
        processes.Aggregate(TimeSpan.Zero, (sum, p) =>
        {
            try
            {
                p.Refresh();
                return p.HasExited ? sum : sum + p.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                return sum;
            }
        });

    /// <summary>Busy time of all cores since boot from the first line of /proc/stat (user … steal, not idle or iowait); null elsewhere.</summary>
    public static TimeSpan? MachineBusy()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        return Busy(File.ReadLines("/proc/stat").First());
    }

    /// <summary>Busy time in a <c>cpu  user nice system idle iowait irq softirq steal …</c> line (USER_HZ = 100).</summary>
    public static TimeSpan? Busy(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 9 || fields[0] != "cpu")
        {
            return null;
        }

        var ticks = fields[1..9].Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7];
        return TimeSpan.FromSeconds(busy / 100.0);
    }
}
