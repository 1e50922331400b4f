using ChatPhone.Core;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.Triage;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core;

/// <summary>The tenant the triage tests build with core commands, and the one-click fixes applied as an admin would.</summary>
public sealed partial class TriageIntegrationTests
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly TenantId Other = TenantId.Parse("fabrikam");
    private static readonly Actor Admin = TenantSeed.Admin(Tenant);
    private static readonly Actor Helpdesk = new(Tenant, "id-priya", "Priya Patel", Role.Helpdesk);
    private static readonly Actor Alex = new(Tenant, "id-alex", "Alex Wilber", Role.User);

    // Tuesday 10 March 2026, 15:00 UTC.
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);

    private sealed class World(ServiceProvider services, ManualClock clock) : IAsyncDisposable
    {
        public ServiceProvider Services { get; } = services;

        public ManualClock Clock { get; } = clock;

        public PhoneSystem Phone { get; } = services.GetRequiredService<PhoneSystem>();

        public ValueTask DisposeAsync() => Services.DisposeAsync();
    }

    /// <summary>Contoso's people (Alex and Sam in the US, Lucas in France, Priya on the helpdesk) and Fabrikam's Jordan.</summary>
    private static async Task<World> WorldAsync(RedisServerFixture redis, string? via = null)
    {
        var clock = new ManualClock(Start);
        var services = via is null ? CoreServices.Create(redis, clock) : CoreServices.Create(redis, clock, ("Redis:ConnectionString", via));
        await TenantSeed.PeopleAsync(services, Tenant,
            ("id-alex", "alex@contoso.com", "Alex Wilber", "US", "user"), ("id-sam", "sam@contoso.com", "Sam Taylor", "US", "user"),
            ("id-lucas", "lucas@contoso.com", "Lucas Bernard", "FR", "user"), ("id-priya", "priya@contoso.com", "Priya Patel", "GB", "helpdesk"));
        await TenantSeed.PeopleAsync(services, Other, ("id-jordan", "jordan@fabrikam.com", "Jordan Lee", "US", "user"));
        return new World(services, clock);
    }

    /// <summary>Licenses bought, a validated Seattle address, and <paramref name="numbers"/> US user numbers acquired with it.</summary>
    private static async Task<IReadOnlyList<string>> CallingReadyAsync(World world, int numbers = 1)
    {
        var phone = world.Phone;
        Ok(await phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.PhoneSystem, 5)));
        Ok(await phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.DomesticCallingPlan, 5)));
        var address = Ok(await phone.Emergency.AddAddressAsync(new AddAddress(Admin, Key(), new AddressFields(
            "Contoso", "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052"))));
        var order = Ok(await phone.NumberOrders.SearchAsync(new SearchNumbers(
            Admin, Key(), "US", NumberType.UserSubscriber, numbers, new NumberPlace("WA", "Seattle"), address.Address.Id)));
        Ok(await phone.NumberOrders.AcquireAsync(new AcquireNumbers(Admin, Key(), order.Id)));
        return order.Numbers.Select(n => n.Number).ToArray();
    }

    /// <summary>Applies a one-click fix with the core command its kind names, as the admin's button does.</summary>
    private static async Task ApplyAsync(World world, Fix fix)
    {
        var phone = world.Phone;
        string Arg(string name) => fix.Args[name];
        switch (fix.Kind)
        {
            case FixKind.AssignLicense:
                Ok(await phone.Licensing.AssignAsync(new AssignLicenses(Admin, Key(), UserId.Parse(Arg("userId")), [Enum.Parse<Sku>(Arg("sku"))])));
                break;
            case FixKind.AssignNumber:
                Ok(await phone.NumberAssignment.AssignAsync(new AssignNumber(Admin, Key(), Arg("number"), UserId.Parse(Arg("userId")))));
                break;
            case FixKind.EnableOrganizer:
                Ok(await phone.Conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, Key(), UserId.Parse(Arg("userId")))));
                break;
            case FixKind.AssignBridgeNumber:
                Ok(await phone.Conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, Key(), Arg("number"), bool.Parse(Arg("makeDefault")))));
                break;
            case FixKind.AddQueueAgent:
                Ok(await phone.CallQueues.AddAgentAsync(new AddCallQueueAgent(Admin, Key(), Arg("callQueueId"), UserId.Parse(Arg("userId")))));
                break;
        }
    }

    /// <summary>Applies every fix of a report, in its order.</summary>
    private static async Task ApplyAllAsync(World world, TriageReport report)
    {
        foreach (var fix in report.Causes.Select(c => c.Fix).OfType<Fix>())
        {
            await ApplyAsync(world, fix);
        }
    }

    /// <summary>A partial port of three Redmond numbers from Fabrikam Telecom, for 20 March.</summary>
    private static PortRequest PortRequest() => new(
        "ACC-1", "+14252000000", "Contoso", "Megan Bowen", "1 Microsoft Way", "Redmond", "WA", "98052",
        [new PortLine("+14252000001"), new PortLine("+14252000002"), new PortLine("+14252000003")], PortType.Partial,
        new DateOnly(2026, 3, 20), new TimeOnly(9, 0), "Megan Bowen", LoaAccepted: true, "Fabrikam Telecom");

    private static string[] Codes(TriageReport report) => [.. report.Causes.Select(c => c.Code)];

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code + " " + string.Join("|", result.Error?.Args ?? []));
        return result.Value;
    }

    private static IdempotencyKey Key() => IdempotencyKey.New();
}
