using System.Diagnostics;
using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>Puts a tenant in a known state through the product's own commands (documents written directly only for numbers).</summary>
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
    public async Task ImportPeopleAsync(int from, int count)
    {
        var csv = DirectoryCsvParser.Header + "\n" + string.Join("\n",
            Enumerable.Range(from, count).Select(i => $"{Upn(i)},Person {i},{PersonId(i)},US,,user"));
        var plan = Check(await phone.Directory.PlanAsync(new PlanDirectoryImport(admin, csv)), "plan the import");
        Check(await phone.Directory.ApplyAsync(new ApplyDirectoryImport(admin, plan.ImportId, IdempotencyKey.New())), "apply the import");
    }

    /// <summary>Buys <paramref name="quantity"/> Phone System and Domestic Calling Plan licenses.</summary>
    public async Task BuyAsync(int quantity)
    {
        foreach (var sku in new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan })
        {
            Check(await phone.Licensing.PurchaseAsync(new PurchaseLicenses(admin, IdempotencyKey.New(), sku, quantity)), "buy licenses");
        }
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
    public async Task<string> AddressAsync()
    {
        var fields = new AddressFields("Contoso", "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052");
        var outcome = Check(await phone.Emergency.AddAddressAsync(new AddAddress(admin, IdempotencyKey.New(), fields)), "add an address");
        Expect(outcome.Address.IsValidated, "the bench address did not validate");
        return outcome.Address.DefaultLocation.Id;
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

            Expect(await store.CommitAsync(admin.Tenant, TenantSnapshot.Empty, changes.Changes, [], key: null, replay: null), "seed numbers");
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
