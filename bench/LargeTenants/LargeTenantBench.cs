using ChatPhone.Bench.Infrastructure;
using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bench.LargeTenants;

/// <summary>One P6 figure: a command's latency in a tenant of <see cref="People"/> people holding as many numbers.</summary>
internal sealed record LargeTenantFigure(string Store, int People, LatencySummary Latency);

/// <summary>
/// The bench process's memory once a tenant of <see cref="People"/> is seeded and once its commands have run: the
/// resident set (with the embedded Garnet, which runs in this process, its log and index included) and the managed heap;
/// and what the store says its data takes after the commands (<see cref="StoreDataMb"/>).
/// </summary>
internal sealed record LargeTenantMemory(
    string Store, int People, double SeededRssMb, double SeededHeapMb, double AfterRssMb, double AfterHeapMb, double? StoreDataMb)
{
    /// <summary>
    /// The store's own account of its data, in MB: redis-server's <c>used_memory</c>; the embedded Garnet's main log, its
    /// pages and the objects they hold (<c>INFO store</c>), which must stay within <c>Redis:Embedded:MemorySize</c>.
    /// </summary>
    public static async Task<double?> StoreDataAsync(StoreServer store)
    {
        if (store.Name == "redis")
        {
            return Megabytes(CommandStats.Field(await store.InfoAsync("memory"), "used_memory"));
        }

        var info = await store.InfoAsync("store");
        return Megabytes(CommandStats.Field(info, "Log.CurrentMemorySizeBytes")) + Megabytes(CommandStats.Field(info, "Log.CurrentHeapSizeBytes"));
    }

    private static double? Megabytes(string? bytes) =>
        long.TryParse(bytes, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value / 1048576.0 : null;

    /// <summary>The process's resident set and managed heap now, in MB, after a full collection.</summary>
    public static (double RssMb, double HeapMb) Now()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return (process.WorkingSet64 / 1048576.0, GC.GetTotalMemory(forceFullCollection: false) / 1048576.0);
    }
}

/// <summary>
/// P6: tenants of growing size, seeded with the bulk commands only (directory files, purchases, search orders acquired
/// whole, bulk license and number assignment), then each command timed one at a time, a fixed number of times.
/// </summary>
internal static class LargeTenantBench
{
    /// <summary>The commands measured, in report order.</summary>
    public static readonly string[] Commands =
        ["search", "acquire", "assign number", "assign licenses", "what's my number", "checklist", ImportLabel];

    /// <summary>Rows of the measured directory import.</summary>
    public const int ImportRows = 10_000;

    /// <summary>The label of the measured directory import.</summary>
    public const string ImportLabel = "import 10,000 rows";

    // The search takes any quantity up to the quota; orders of the bulk assignment's size keep each order document and
    // its reservations to what one bulk command then assigns.
    private const int OrderSize = AssignNumbersInBulk.MaxRows;

    // The carrier's stock per place: its generator tries at most 100,000 numbers per range, so more would add nothing.
    private const int StockPerPlace = 100_000;

    /// <summary>
    /// Each size of <paramref name="sizes"/> on a store <paramref name="start"/> starts for it alone, with services of its
    /// own: each size's memory and latency are those of a process holding that tenant (and a warm-up tenant of 200) only.
    /// </summary>
    public static async Task<List<LargeTenantFigure>> RunAsync(Func<Task<StoreServer>> start, Sizes sizes, List<LargeTenantMemory> memory)
    {
        var needed = sizes.LargeTenants.Max() + sizes.LargeSamples;
        var stock = CarrierSearch.Select("US", tollFree: false, new NumberPlace(Subdivision: "WA")).Stock(_ => StockPerPlace).Count();
        Console.WriteLine($"P6 carrier stock in Washington: {stock:N0} numbers; the largest tenant needs {needed:N0}");
        Seeding.Expect(stock >= needed, $"Washington offers {stock:N0} numbers, fewer than the {needed:N0} the largest tenant needs");

        var figures = new List<LargeTenantFigure>();
        foreach (var people in sizes.LargeTenants)
        {
            await using var store = await start();
            try
            {
                figures.AddRange(await SizeAsync(store, sizes, people, memory));
            }
            catch (Exception exception)
            {
                // Said before the store is stopped: stopping an embedded Garnet under load can take minutes.
                Console.Error.WriteLine($"[{store.Name}] P6 {people:N0} failed: {exception}");
                throw;
            }
        }

        return figures;
    }

    private static async Task<IEnumerable<LargeTenantFigure>> SizeAsync(StoreServer store, Sizes sizes, int people, List<LargeTenantMemory> memory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = store.ConnectionString,
            ["Redis:KeyPrefix"] = "large" + Guid.NewGuid().ToString("N")[..8],
            // Seeding commits 20,000-row files and 5,000-row bulk commands in one EXEC each (20 MB): slower than a turn's
            // 2 s budget on a busy small machine, which is not what P6 measures.
            ["Redis:OperationTimeoutMs"] = "30000",
            // The largest tenants need more numbers than the carrier's default stock of 100 per place.
            [$"{NumbersOptions.Section}:{nameof(NumbersOptions.StockPerPlace)}"] = StockPerPlace.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddChatPhoneCore(configuration).BuildServiceProvider();
        var phone = services.GetRequiredService<PhoneSystem>();
        var tenantStore = services.GetRequiredService<ITenantStore>();

        Console.WriteLine($"[{store.Name}] P6 {people:N0}: warm-up (200 people, untimed)…");
        await TenantAsync(phone, tenantStore, "large-warm-up", 200, sizes.LargeSamples / 4 + 1, 1, 200);

        var (recorder, seeded) = await TenantAsync(phone, tenantStore, $"large-{people}", people, sizes.LargeSamples, sizes.ImportSamples, ImportRows);
        var after = LargeTenantMemory.Now();
        var data = await LargeTenantMemory.StoreDataAsync(store);
        memory.Add(new LargeTenantMemory(store.Name, people, seeded.RssMb, seeded.HeapMb, after.RssMb, after.HeapMb, data));
        Console.WriteLine($"[{store.Name}] P6 {people:N0}: memory seeded {seeded.RssMb:0} MB resident ({seeded.HeapMb:0} MB heap), after the commands {after.RssMb:0} MB ({after.HeapMb:0} MB); the store's data {data:0} MB");
        var (_, perCommand) = Recorder.Merge([recorder]);
        Console.WriteLine($"[{store.Name}] P6 {people:N0}: " + string.Join(", ", perCommand.Select(l => $"{l.Label} p50 {l.P50:0.0} / p99 {l.P99:0.0} ms")));
        return perCommand.Select(l => new LargeTenantFigure(store.Name, people, l));
    }

    // Seeds one tenant, then times each command; the import last, as it renames (and, in a tenant smaller than the file, adds) people.
    private static async Task<(Recorder Recorder, (double RssMb, double HeapMb) Seeded)> TenantAsync(
        PhoneSystem phone, ITenantStore tenantStore, string name, int people, int samples, int imports, int importRows)
    {
        var tenant = TenantId.Parse(name);
        var admin = Seeding.Admin(tenant);
        var seeding = new Seeding(phone, tenantStore, admin);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var address = await SeedAsync(seeding, people, samples);
        Console.WriteLine($"[{name}] seeded {people:N0} people with licenses and numbers (+{samples} without) in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        var seeded = LargeTenantMemory.Now();

        var recorder = new Recorder();
        for (var i = 0; i < samples; i++)
        {
            var person = UserId.Parse(Seeding.PersonId(people + i));
            await recorder.TimeAsync("assign licenses", async () =>
                Seeding.Check(await phone.Licensing.AssignAsync(new AssignLicenses(admin, IdempotencyKey.New(), person, Seeding.Skus)), "assign licenses"));
            var order = await recorder.TimeAsync("search", () => seeding.SearchAsync(1, address));
            var acquired = await recorder.TimeAsync("acquire", async () =>
                Seeding.Check(await phone.NumberOrders.AcquireAsync(new AcquireNumbers(admin, IdempotencyKey.New(), order.Id)), "acquire a number"));
            await recorder.TimeAsync("assign number", async () =>
                Seeding.Check(await phone.NumberAssignment.AssignAsync(new AssignNumber(admin, IdempotencyKey.New(), acquired.Acquired![0], person)), "assign a number"));

            var asking = Random.Shared.Next(people);
            var lines = await recorder.TimeAsync("what's my number", async () =>
                Seeding.Check(await phone.MyNumbers.RunAsync(new Actor(tenant, Seeding.PersonId(asking), $"Person {asking}", Role.User)), "say what's my number"));
            Seeding.Expect(lines.Count == 1, $"person {asking} holds {lines.Count} numbers");
            await recorder.TimeAsync("checklist", async () => Seeding.Check(await phone.Setup.ChecklistAsync(admin), "derive the checklist"));
        }

        for (var i = 1; i <= imports; i++)
        {
            var suffix = $" r{i}";
            await recorder.TimeAsync(importRows == ImportRows ? ImportLabel : $"import {importRows} rows", async () =>
            {
                await seeding.ImportAsync(Enumerable.Range(0, importRows).Select(p => Seeding.PersonRow(p, suffix: suffix)));
                return true;
            });
        }

        return (recorder, seeded);
    }

    // People 0..people-1 licensed and holding a number each; people..people+extra-1 in the directory only. Returns the address id.
    private static async Task<string> SeedAsync(Seeding seeding, int people, int extra)
    {
        await seeding.ImportPeopleInFilesAsync(0, people + extra);
        await seeding.BuyAsync(people + extra + 10);
        var address = (await seeding.AddAddressAsync()).Id;
        await seeding.LicensesInBulkAsync(Seeding.People(0, people));
        var numbers = await seeding.AcquireAsync(people, address, OrderSize);
        await seeding.NumbersInBulkAsync(numbers.Select((number, i) => new NumberForPerson(number, UserId.Parse(Seeding.PersonId(i)))).ToArray());
        return address;
    }
}
