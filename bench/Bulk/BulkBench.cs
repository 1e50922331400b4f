using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Bench.Infrastructure;
using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bench.Bulk;

/// <summary>One P3 row: the same work as bulk commands, as single commands, and as raw pipelined SETs of as many keys.</summary>
internal sealed record BulkFigure(string Store, string Work, int Users, int Keys, TimeSpan Bulk, TimeSpan Singles, int SinglesMeasured, TimeSpan Raw);

/// <summary>P3: licenses and numbers for N people, in bulk commands vs one command per person vs redis-benchmark.</summary>
internal static partial class BulkBench
{
    public static async Task<List<BulkFigure>> RunAsync(StoreServer store, Sizes sizes)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = store.ConnectionString,
            ["Redis:KeyPrefix"] = "bulk" + Guid.NewGuid().ToString("N")[..8],
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddChatPhoneCore(configuration).BuildServiceProvider();
        var phone = services.GetRequiredService<PhoneSystem>();
        var tenantStore = services.GetRequiredService<ITenantStore>();
        await WarmUpAsync(phone, tenantStore);
        var figures = new List<BulkFigure>();
        foreach (var users in sizes.BulkUsers)
        {
            Console.WriteLine($"[{store.Name}] P3 with {users} people…");
            var bulk = new Seeding(phone, tenantStore, Seeding.Admin(TenantId.Parse($"bulk-{users}")));
            var location = await PrepareAsync(bulk, users);
            var bulkLicenses = await bulk.LicensesInBulkAsync(Seeding.People(0, users));
            var bulkNumbers = await bulk.NumbersInBulkAsync(0, users);

            var sample = Math.Min(users, sizes.SinglesSample);
            var singleAdmin = Seeding.Admin(TenantId.Parse($"single-{users}"));
            await PrepareAsync(new Seeding(phone, tenantStore, singleAdmin), sample);
            var (singleLicenses, singleNumbers) = await SinglesAsync(phone, singleAdmin, sample);
            var scale = users / (double)sample;

            figures.Add(new BulkFigure(store.Name, "licenses", users, users, bulkLicenses, singleLicenses * scale, sample, await RawAsync(store, users)));
            // A number assignment writes two documents (the number, the person's lines) and queues one message.
            figures.Add(new BulkFigure(store.Name, "numbers", users, 3 * users, bulkNumbers, singleNumbers * scale, sample, await RawAsync(store, 3 * users)));
            Console.WriteLine($"[{store.Name}] {users}: licenses bulk {bulkLicenses.TotalMilliseconds:0} ms, numbers bulk {bulkNumbers.TotalMilliseconds:0} ms");
        }

        return figures;
    }

    // The same work once on a small tenant, untimed, so the first measured size does not pay for the JIT.
    private static async Task WarmUpAsync(PhoneSystem phone, ITenantStore tenantStore)
    {
        const int people = 200;
        var warm = new Seeding(phone, tenantStore, Seeding.Admin(TenantId.Parse("bulk-warm-up")));
        await PrepareAsync(warm, people);
        await warm.LicensesInBulkAsync(Seeding.People(0, people));
        await warm.NumbersInBulkAsync(0, people);
        var single = Seeding.Admin(TenantId.Parse("single-warm-up"));
        await PrepareAsync(new Seeding(phone, tenantStore, single), people);
        await SinglesAsync(phone, single, people);
    }

    // People, licenses bought, a validated address and the numbers in the inventory; returns the location id.
    private static async Task<string> PrepareAsync(Seeding seeding, int users)
    {
        foreach (var chunk in Enumerable.Range(0, users).Chunk(5000))
        {
            await seeding.ImportPeopleAsync(chunk[0], chunk.Length);
        }

        await seeding.BuyAsync(users + 10);
        var location = await seeding.AddressAsync();
        await seeding.PutNumbersAsync(0, users, location);
        return location;
    }

    private static async Task<(TimeSpan Licenses, TimeSpan Numbers)> SinglesAsync(PhoneSystem phone, Actor admin, int count)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            Seeding.Check(await phone.Licensing.AssignAsync(new AssignLicenses(admin, IdempotencyKey.New(), UserId.Parse(Seeding.PersonId(i)), Seeding.Skus)), "assign licenses");
        }

        var licenses = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            Seeding.Check(await phone.NumberAssignment.AssignAsync(new AssignNumber(admin, IdempotencyKey.New(), Seeding.Number(i), UserId.Parse(Seeding.PersonId(i)))), "assign a number");
        }

        return (licenses, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// The time <c>redis-benchmark -n keys -P 16 -t set -q</c> takes for <paramref name="keys"/> SETs: at least 1,000
    /// requests are sent, ten times more while it finishes too fast to report a rate ("inf"), and the time is
    /// <paramref name="keys"/> ÷ the rate.
    /// </summary>
    private static async Task<TimeSpan> RawAsync(StoreServer store, int keys)
    {
        var executable = Tools.Find("redis-benchmark")
            ?? throw new BenchException("redis-benchmark is not installed. Install it with: apt-get install redis-tools (Debian/Ubuntu).");
        var output = string.Empty;
        for (var requests = Math.Max(keys, 1000); requests <= 10_000_000; requests *= 10)
        {
            output = await RunRedisBenchmarkAsync(executable, store, requests);
            if (RequestsPerSecond(output) is { } perSecond)
            {
                return TimeSpan.FromSeconds(keys / perSecond);
            }
        }

        throw new BenchException($"redis-benchmark printed no SET figure: {output}");
    }

    private static async Task<string> RunRedisBenchmarkAsync(string executable, StoreServer store, int requests)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-n", requests.ToString(CultureInfo.InvariantCulture), "-P", "16", "-t", "set", "-p", store.Port.ToString(CultureInfo.InvariantCulture), "-q" })
        {
            start.ArgumentList.Add(argument);
        }

        if (store.Password is { } password)
        {
            // redis-benchmark reads no REDISCLI_AUTH: the password is on its command line for the bench's few seconds.
            start.ArgumentList.Add("-a");
            start.ArgumentList.Add(password);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await output + await errors;
    }

    /// <summary>The SET requests per second from <c>redis-benchmark -q</c> output ("SET: 123456.79 requests per second, …").</summary>
    public static double? RequestsPerSecond(string output)
    {
        var last = SetLine().Matches(output).LastOrDefault();
        return last is null ? null : double.Parse(last.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"SET: ([0-9.]+) requests per second")]
    private static partial Regex SetLine();
}
