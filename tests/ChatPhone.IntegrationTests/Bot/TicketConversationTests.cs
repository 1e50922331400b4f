using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.Triage;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>The ticket card's buttons through <c>POST /api/messages</c>: roles re-checked per click, one winner per claim, fixes applied once.</summary>
[Collection(RedisCollection.Name)]
public sealed class TicketConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Channel = "19:helpdesk@thread.tacv2";
    private static readonly TenantId Demo = TenantId.Parse("demo");
    private static readonly Actor Admin = new(Demo, Megan, "Megan Bowen", Role.Admin);
    private BotFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(redis);
        _client = await _factory.ReadyClientAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private PhoneSystem Phone => _factory.Services.GetRequiredService<PhoneSystem>();

    private TicketService Tickets => _factory.Services.GetRequiredService<TicketService>();

    private async Task<Ticket> OpenForAlexAsync()
    {
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 5))).IsSuccess);
        var report = new TriageReport(Alex, "Alex Wilber", Symptom.CannotCallOut,
        [
            new Diagnosis("triage.phone_system_missing", Severity.Blocking, FixOwner.Admin, ["Teams Phone Standard"],
                new Fix(FixKind.AssignLicense, new Dictionary<string, string> { ["userId"] = Alex, ["sku"] = "PhoneSystem" })),
        ]);
        var alex = new Actor(Demo, Alex, "Alex Wilber", Role.User);
        return (await Tickets.OpenAsync(new OpenTicket(alex, IdempotencyKey.New(), report))).Value;
    }

    private static JObject Click(string verb, string ticketId, string? code = null)
    {
        var data = new JObject { ["verb"] = verb, ["ticketId"] = ticketId, ["idempotencyKey"] = Guid.NewGuid().ToString("N") };
        if (code is not null)
        {
            data["code"] = code;
        }

        return data;
    }

    [Fact]
    public async Task Fix_IsForAdmins_AppliesTheLicenseOnce_AndASecondClickSaysWhoDidIt()
    {
        var ticket = await OpenForAlexAsync();
        var fix = Click("ticket.fix", ticket.Id, "triage.phone_system_missing");

        var byHelpdesk = await SendAsync(_client, Invoke(Priya, fix, Channel));
        var applied = await SendAsync(_client, Invoke(Megan, fix, Channel));
        var again = await SendAsync(_client, Invoke(Megan, Click("ticket.fix", ticket.Id, "triage.phone_system_missing"), Channel));

        Assert.Contains("Only an admin", Shown(byHelpdesk), StringComparison.Ordinal);
        Assert.Contains("Done: Give Alex Wilber", Shown(applied), StringComparison.Ordinal);
        Assert.Contains("✅", Shown(applied), StringComparison.Ordinal);
        Assert.Contains("Already fixed by Megan Bowen", Shown(again), StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem], (await Phone.Licensing.ForUserAsync(Demo, Alex)).Value.Skus);
        Assert.Equal(1, (await Phone.Licensing.SubscriptionsAsync(Demo)).Single(s => s.Sku == Sku.PhoneSystem).Consumed);
    }

    [Fact]
    public async Task Claim_HasOneWinner_TheOtherIsToldWho_AndHandOverGoesOnlyToHelpdeskOrAdmins()
    {
        var ticket = await OpenForAlexAsync();

        var byUser = await SendAsync(_client, Invoke(Alex, Click("ticket.claim", ticket.Id), Channel));
        var first = await SendAsync(_client, Invoke(Priya, Click("ticket.claim", ticket.Id), Channel));
        var second = await SendAsync(_client, Invoke(Camille, Click("ticket.claim", ticket.Id), Channel));
        var toUser = Click("ticket.handover", ticket.Id);
        toUser["handTo"] = Sam;
        var refused = await SendAsync(_client, Invoke(Priya, toUser, Channel));
        var toAdmin = Click("ticket.handover", ticket.Id);
        toAdmin["handTo"] = Camille;
        var handed = await SendAsync(_client, Invoke(Priya, toAdmin, Channel));
        var resolved = await SendAsync(_client, Invoke(Camille, Click("ticket.resolve", ticket.Id), Channel));

        Assert.Contains("Only helpdesk staff or an admin", Shown(byUser), StringComparison.Ordinal);
        Assert.Contains($"You have ticket {ticket.Id} now.", Shown(first), StringComparison.Ordinal);
        Assert.Contains($"Priya Patel already took ticket {ticket.Id}", Shown(second), StringComparison.Ordinal);
        Assert.Contains("Taken by Priya Patel", Shown(second), StringComparison.Ordinal);
        Assert.Contains("can be handed only to a helpdesk member or an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("is now with Camille Martin", Shown(handed), StringComparison.Ordinal);
        Assert.Contains("is resolved", Shown(resolved), StringComparison.Ordinal);
        Assert.Equal((TicketStatus.Resolved, Camille), ((await Tickets.GetAsync(Admin, ticket.Id)).Value.Status, (await Tickets.GetAsync(Admin, ticket.Id)).Value.AssigneeId));
    }

    [Fact]
    public async Task Claim_ByTheRequester_IsRefusedWithTheReasonAlone_NeverWithTheStaffCard()
    {
        var ticket = await OpenForAlexAsync();

        var resolve = Click("ticket.resolve", ticket.Id);
        var handOver = Click("ticket.handover", ticket.Id);
        handOver["handTo"] = Alex;
        foreach (var click in new[] { Click("ticket.claim", ticket.Id), resolve, handOver })
        {
            var refused = await SendAsync(_client, Invoke(Alex, click, Channel));

            Assert.Contains("Only helpdesk staff or an admin", Shown(refused), StringComparison.Ordinal);
            foreach (var staff in new[] { Priya, Camille, Megan, "Priya Patel", "Camille Martin", "AdaptiveCard" })
            {
                Assert.DoesNotContain(staff, Shown(refused), StringComparison.Ordinal);
            }
        }

        Assert.Equal(TicketStatus.Open, (await Tickets.GetAsync(Admin, ticket.Id)).Value.Status);
    }

    [Fact]
    public async Task AForgedTicketId_OrAnotherTenantsTicket_IsNotFound()
    {
        var ticket = await OpenForAlexAsync();

        var forged = await SendAsync(_client, Invoke(Megan, Click("ticket.claim", "T-000000"), Channel));
        var otherTenant = Invoke(Megan, Click("ticket.claim", ticket.Id), Channel);
        otherTenant["conversation"]!["tenantId"] = "fabrikam";
        var foreign = await SendAsync(_client, otherTenant);

        Assert.Contains("There is no ticket T-000000.", Shown(forged), StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", Shown(foreign), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Open, (await Tickets.GetAsync(Admin, ticket.Id)).Value.Status);
    }
}
