using System.Diagnostics;
using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>
/// Puts a tenant in a known state through the product's own commands (documents written directly only by
/// <see cref="PutNumbersAsync"/>; <see cref="AcquireAsync"/> gets numbers through search orders instead).
/// </summary>
internal sealed class Seeding(PhoneSystem phone, ITenantStore store, Actor admin)
{
    /// <summary>The object id of bench person <paramref name="index"/>.</summary>
    public static string PersonId(int index) => $"10000000-0000-4000-8000-{index:D12}";

    /// <summary>The UPN of bench person <paramref name="index"/>.</summary>
    public static string Upn(int index) => $"person{index}@bench.example";

    /// <summary>User number <paramref name="index"/> (Seattle, 206), unique per tenant.</summary>
    public static string Number(int index) => $"+1206{555 + (index / 10_000)}{index % 10_000:D4}";

    /// <summary>The person ids <paramref name="from"/>..from+count.</summary>
    public static string[] People(int from, int count) => Enumerable.Range(from, count).Select(PersonId).ToArray();

    /// <summary>Imports people <paramref name="from"/>..from+count (US, role user) through the directory import.</summary>
    public Task ImportPeopleAsync(int from, int count) =>
        ImportAsync(Enumerable.Range(from, count).Select(i => PersonRow(i)));

    /// <summary>Imports people <paramref name="from"/>..from+count in files of at most <see cref="DirectoryCsvParser.MaxRows"/> rows.</summary>
    public async Task ImportPeopleInFilesAsync(int from, int count)
    {
        foreach (var file in Enumerable.Range(from, count).Chunk(DirectoryCsvParser.MaxRows))
        {
            await ImportPeopleAsync(file[0], file.Length);
        }
    }

    /// <summary>Plans and applies one directory file of <paramref name="rows"/> (CSV lines after the header).</summary>
    public async Task ImportAsync(IEnumerable<string> rows)
    {
        var csv = DirectoryCsvParser.Header + "\n" + string.Join("\n", rows);
        var plan = Check(await phone.Directory.PlanAsync(new PlanDirectoryImport(admin, csv)), "plan the import");
        Expect(plan.Problems.Count == 0, $"import: {plan.Problems.FirstOrDefault()?.Reason.Code}");
        Check(await phone.Directory.ApplyAsync(new ApplyDirectoryImport(admin, plan.ImportId, IdempotencyKey.New())), "apply the import");
    }

    /// <summary>The directory CSV row of bench person <paramref name="index"/> (US), named with <paramref name="suffix"/> when given.</summary>
    public static string PersonRow(int index, string role = "user", string suffix = "") =>
        $"{Upn(index)},Person {index}{suffix},{PersonId(index)},US,,{role}";

    /// <summary>Buys <paramref name="quantity"/> Phone System and Domestic Calling Plan licenses, in purchases of at most <see cref="LicensingService.MaxQuantity"/>.</summary>
    public async Task BuyAsync(int quantity)
    {
        foreach (var sku in new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan })
        {
            for (var left = quantity; left > 0; left -= LicensingService.MaxQuantity)
            {
                var units = Math.Min(left, LicensingService.MaxQuantity);
                Check(await phone.Licensing.PurchaseAsync(new PurchaseLicenses(admin, IdempotencyKey.New(), sku, units)), "buy licenses");
            }
        }
    }

    /// <summary>
    /// Gets <paramref name="count"/> Washington user numbers (Seattle, Redmond, Spokane) at <paramref name="addressId"/>
    /// through search orders of at most <paramref name="orderSize"/> numbers, each acquired whole; returns them in order.
    /// </summary>
    public async Task<IReadOnlyList<string>> AcquireAsync(int count, string addressId, int orderSize)
    {
        var acquired = new List<string>(count);
        while (acquired.Count < count)
        {
            var order = await SearchAsync(Math.Min(orderSize, count - acquired.Count), addressId);
            var done = Check(await phone.NumberOrders.AcquireAsync(new AcquireNumbers(admin, IdempotencyKey.New(), order.Id)), "acquire numbers");
            acquired.AddRange(done.Acquired ?? []);
        }

        return acquired;
    }

    /// <summary>A Reserved search order of <paramref name="quantity"/> Washington user numbers; a refusal or an order in error stops the bench.</summary>
    public async Task<NumberOrder> SearchAsync(int quantity, string addressId)
    {
        var order = Check(await phone.NumberOrders.SearchAsync(new SearchNumbers(admin, IdempotencyKey.New(), "US", NumberType.UserSubscriber, quantity,
            new NumberPlace(Subdivision: "WA"), addressId)), "search numbers");
        Expect(order.Status == OrderStatus.Reserved, $"search of {quantity}: {order.Status} {order.ErrorCode}");
        return order;
    }

    /// <summary>Bulk license commands of at most <see cref="AssignLicensesInBulk.MaxUsers"/> people each; returns the time taken.</summary>
    public async Task<TimeSpan> LicensesInBulkAsync(IReadOnlyList<string> people)
    {
        var started = Stopwatch.GetTimestamp();
        foreach (var chunk in people.Chunk(AssignLicensesInBulk.MaxUsers))
        {
            var outcome = Check(await phone.Licensing.AssignInBulkAsync(new AssignLicensesInBulk(admin, IdempotencyKey.New(), chunk, Skus)), "bulk license");
            Expect(outcome.Failed == 0, $"bulk license: {outcome.Rows.FirstOrDefault(r => r.Error is not null)?.Error?.Code}");
        }

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>A validated US address; returns its default location id.</summary>
    public async Task<string> AddressAsync() => (await AddAddressAsync()).DefaultLocation.Id;

    /// <summary>A validated US address (Redmond, WA).</summary>
    public async Task<CivicAddress> AddAddressAsync()
    {
        var fields = new AddressFields("Contoso", "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052");
        var outcome = Check(await phone.Emergency.AddAddressAsync(new AddAddress(admin, IdempotencyKey.New(), fields)), "add an address");
        Expect(outcome.Address.IsValidated, "the bench address did not validate");
        return outcome.Address;
    }

    /// <summary>Numbers <paramref name="from"/>..from+count in the inventory, unassigned, at <paramref name="locationId"/>.</summary>
    public async Task PutNumbersAsync(int from, int count, string locationId)
    {
        foreach (var chunk in Enumerable.Range(from, count).Chunk(2000))
        {
            var changes = new ChangeSet();
            foreach (var i in chunk)
            {
                changes.Put(NumberCollections.Numbers, Number(i), new PhoneNumber(Number(i), "US", "WA", "Seattle", NumberType.UserSubscriber, NumberSource.Acquired, DateTimeOffset.UtcNow, LocationId: locationId));
            }

            // The setup tallies count the inventory: kept in the same commit when the tenant has them (else the next command builds them).
            var (basis, _) = await store.ReadAsync(admin.Tenant, new ReadSet().One(SetupCollections.Tallies, SetupTalliesIndex.Id), key: null);
            if (SetupTalliesIndex.Stored(basis) is { } tallies)
            {
                changes.Put(SetupCollections.Tallies, SetupTalliesIndex.Id, changes.Changes.Aggregate(tallies, (t, c) => SetupTalliesIndex.Apply(t, c.Collection, null, c.Json)));
            }

            Expect(await store.CommitAsync(admin.Tenant, basis, changes.Changes, [], key: null, replay: null), "seed numbers");
        }
    }

    /// <summary>Bulk number commands (number i to person i) of at most <see cref="AssignNumbersInBulk.MaxRows"/> rows; returns the time taken.</summary>
    public async Task<TimeSpan> NumbersInBulkAsync(int from, int count)
    {
        var started = Stopwatch.GetTimestamp();
        foreach (var chunk in Enumerable.Range(from, count).Chunk(AssignNumbersInBulk.MaxRows))
        {
            var rows = chunk.Select(i => new NumberForPerson(Number(i), UserId.Parse(PersonId(i)))).ToArray();
            var outcome = Check(await phone.NumberAssignment.AssignInBulkAsync(new AssignNumbersInBulk(admin, IdempotencyKey.New(), rows)), "bulk numbers");
            Expect(outcome.Failed == 0, $"bulk numbers: {outcome.Rows.FirstOrDefault(r => r.Error is not null)?.Error?.Code}");
        }

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Bulk number commands of at most <see cref="AssignNumbersInBulk.MaxRows"/> rows; returns the time taken.</summary>
    public async Task<TimeSpan> NumbersInBulkAsync(IReadOnlyList<NumberForPerson> rows)
    {
        var started = Stopwatch.GetTimestamp();
        foreach (var chunk in rows.Chunk(AssignNumbersInBulk.MaxRows))
        {
            var outcome = Check(await phone.NumberAssignment.AssignInBulkAsync(new AssignNumbersInBulk(admin, IdempotencyKey.New(), chunk)), "bulk numbers");
            Expect(outcome.Failed == 0, $"bulk numbers: {outcome.Rows.FirstOrDefault(r => r.Error is not null)?.Error?.Code}");
        }

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>The licenses every bench person gets.</summary>
    public static readonly Sku[] Skus = [Sku.PhoneSystem, Sku.DomesticCallingPlan];

    /// <summary>The value of a successful result; a failure stops the benchmark with its code.</summary>
    public static T Check<T>(Result<T> result, string what) =>
        result.IsSuccess ? result.Value : throw new BenchException($"Seeding failed to {what}: {result.Error!.Code} ({result.Error.Describe(Language.English)})");

    /// <summary>Stops the benchmark when <paramref name="condition"/> is false.</summary>
    public static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new BenchException("Benchmark check failed: " + what);
        }
    }

    /// <summary>An admin of <paramref name="tenant"/> for commands.</summary>
    public static Actor Admin(TenantId tenant) => new(tenant, "00000000-0000-4000-8000-000000000001", "Megan Bowen", Role.Admin);
}
