using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Triage;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>How the races are set up and fired.</summary>
public abstract partial class RaceConversationTests
{
    /// <summary>Each admin types <paramref name="sentence"/> in their own conversation and keeps the plan's Confirm.</summary>
    private async Task<(int Admin, JObject Data)[]> PlansAsync(Func<int, string> sentence)
    {
        var confirms = new (int, JObject)[Admins];
        for (var i = 0; i < Admins; i++)
        {
            confirms[i] = (i, ConfirmData(await SendAsync(_client, In(Message(AdminOf(i), sentence(i), Conversation(i))))));
        }

        return confirms;
    }

    /// <summary>Every admin clicks at the same instant (released together once all are ready); what each was shown.</summary>
    private async Task<string[]> AllAtOnceAsync((int Admin, JObject Data)[] clicks, string race)
    {
        using var start = new SemaphoreSlim(0);
        var running = clicks.Select(c => Task.Run(async () =>
        {
            await start.WaitAsync();
            return Shown(await SendAsync(_client, In(Invoke(AdminOf(c.Admin), c.Data, Conversation(c.Admin)))));
        })).ToArray();
        start.Release(clicks.Length);
        var shown = await Task.WhenAll(running);
        output.WriteLine($"race '{race}' on {server.Describe}: {clicks.Length} admins at once");
        return shown;
    }

    private async Task BuyAsync(Sku sku, int quantity) =>
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Owner, IdempotencyKey.New(), sku, quantity))).IsSuccess);

    /// <summary>What acquiring and assigning user numbers needs: a validated address and the licenses for fifty people.</summary>
    private async Task PrerequisitesAsync()
    {
        var address = await Phone.Emergency.AddAddressAsync(new AddAddress(Owner, IdempotencyKey.New(), new AddressFields(
            "Racers", "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052")));
        Assert.True(address.IsSuccess, address.Error?.Code);
        await BuyAsync(Sku.PhoneSystem, Admins);
        await BuyAsync(Sku.DomesticCallingPlan, Admins);
    }

    /// <summary>Admin 0 searches one Seattle number through the step form; the results card's Acquire button.</summary>
    private async Task<JObject> ReservedNumberAsync()
    {
        var form = await SendAsync(_client, In(Invoke(AdminOf(0), new JObject { ["verb"] = "setup.step.start", ["step"] = "UserNumbers" }, Conversation(0))));
        var results = await SendAsync(_client, In(Invoke(AdminOf(0), FormData(form, "SearchNumbers", ("place", "US/WA/Seattle"), ("quantity", "1")), Conversation(0))));
        return ActionData(results, "numbers.acquire");
    }

    /// <summary>One number in the inventory, free to assign.</summary>
    private async Task<string> AcquiredNumberAsync()
    {
        var acquired = await SendAsync(_client, In(Invoke(AdminOf(0), await ReservedNumberAsync(), Conversation(0))));
        return (string)FormData(acquired, "AssignNumber")["phoneNumber"]!;
    }

    private async Task<Ticket> OpenTicketAsync()
    {
        var report = new TriageReport(UserOf(0), "User 0", Symptom.CannotCallOut,
        [
            new Diagnosis("triage.phone_system_missing", Severity.Blocking, FixOwner.Admin, ["Teams Phone Standard"],
                new Fix(FixKind.AssignLicense, new Dictionary<string, string> { ["userId"] = UserOf(0), ["sku"] = "PhoneSystem" })),
        ]);
        var user = new Actor(Tenant, UserOf(0), "User 0", Role.User);
        var opened = await _factory.Services.GetRequiredService<TicketService>().OpenAsync(new OpenTicket(user, IdempotencyKey.New(), report));
        Assert.True(opened.IsSuccess, opened.Error?.Code);
        return opened.Value;
    }

    /// <summary>Every key the run wrote carries a tenant hash tag, and all keys of one tenant share one slot.</summary>
    private async Task AssertEachTenantLivesInOneSlotAsync()
    {
        var prefix = _factory.Services.GetRequiredService<IConfiguration>()["Redis:KeyPrefix"]!;
        var keys = await KeySpace.ScanAsync(server, prefix);
        var byTenant = keys.GroupBy(k => k.Key.Split('}')[0]).ToArray();
        Assert.Contains(byTenant, g => g.Key.EndsWith("{t:racers", StringComparison.Ordinal));
        Assert.All(keys, k => Assert.StartsWith(prefix + ":{t:", k.Key, StringComparison.Ordinal));
        foreach (var tenant in byTenant)
        {
            var slots = tenant.Select(k => k.Slot).Distinct().ToArray();
            Assert.True(slots.Length == 1, $"{tenant.Key}}} spans slots {string.Join(", ", slots)} on {server.Describe}.");
        }

        output.WriteLine($"{keys.Count} keys, {byTenant.Length} tenants, one slot each on {server.Describe}");
    }

    private static JObject In(JObject activity)
    {
        activity["conversation"]!["tenantId"] = Tenant.ToString();
        return activity;
    }

    private static string Conversation(int admin) => $"conv-race-{admin}";

    private static string AdminOf(int i) => $"00000000-0000-4000-8000-{i:000000000000}";

    private static string UserOf(int i) => $"00000000-0000-4000-9000-{i:000000000000}";
}
