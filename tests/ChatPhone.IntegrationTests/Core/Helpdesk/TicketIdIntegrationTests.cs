using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.Triage;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Helpdesk;

/// <summary>Ticket ids on the real RESP server: numbered by the tenant, never derived from the client's key, never reused.</summary>
[Collection(RedisCollection.Name)]
public sealed class TicketIdIntegrationTests(RedisServerFixture redis) : IAsyncLifetime
{
    // Two keys whose SHA-256 starts with the same 24 bits (E971B3): ids once made of those bits collided.
    private const string CollidingKey = "forged-1704";
    private const string ForgedKey = "forged-5376";

    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly Actor Alex = new(Tenant, "alex", "Alex Wilber", Role.User);
    private static readonly Actor Sam = new(Tenant, "sam", "Sam Taylor", Role.User);
    private static readonly Actor Priya = new(Tenant, "priya", "Priya Patel", Role.Helpdesk);
    private ServiceProvider _services = null!;

    private TicketService Tickets => _services.GetRequiredService<TicketService>();

    public Task InitializeAsync()
    {
        _services = CoreServices.Create(redis);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static IdempotencyKey Key(string value) => IdempotencyKey.TryCreate(value).Value;

    private static TriageReport Report(string userId, string name, Symptom symptom = Symptom.CannotCallOut) =>
        new(userId, name, symptom, [new Diagnosis("triage.license_missing", Severity.Blocking, FixOwner.Admin, ["Teams Phone Standard"])]);

    [Fact]
    public async Task Open_WithAKeyThatOnceHashedToAnotherTicketsId_GetsItsOwnTicket_AndTheOtherIsUntouched()
    {
        var alexs = (await Tickets.OpenAsync(new OpenTicket(Alex, Key(CollidingKey), Report("alex", "Alex Wilber")))).Value;
        var claimed = await Tickets.ClaimAsync(new ClaimTicket(Priya, IdempotencyKey.New(), alexs.Id));

        var sams = (await Tickets.OpenAsync(new OpenTicket(Sam, Key(ForgedKey), Report("sam", "Sam Taylor", Symptom.MeetingDialIn)))).Value;

        Assert.True(claimed.IsSuccess, claimed.Error?.Code);
        Assert.NotEqual(alexs.Id, sams.Id);
        var stored = (await Tickets.GetAsync(Priya, alexs.Id)).Value;
        Assert.Equal(("alex", TicketStatus.Claimed, "priya", 2), (stored.RequesterId, stored.Status, stored.AssigneeId, stored.History.Count));
        Assert.Equal(2, (await Tickets.ListOpenAsync(Priya)).Value.Count);
    }

    [Fact]
    public async Task Open_TheSameKeyByAnotherPerson_IsAnotherRequest_NotAReplayOfTheirs()
    {
        var key = IdempotencyKey.New();
        var alexs = (await Tickets.OpenAsync(new OpenTicket(Alex, key, Report("alex", "Alex Wilber")))).Value;

        var sams = await Tickets.OpenAsync(new OpenTicket(Sam, key, Report("sam", "Sam Taylor")));
        var replay = await Tickets.OpenAsync(new OpenTicket(Alex, key, Report("alex", "Alex Wilber")));

        Assert.True(sams.IsSuccess, sams.Error?.Code);
        Assert.Equal("sam", sams.Value.RequesterId);
        Assert.NotEqual(alexs.Id, sams.Value.Id);
        Assert.Equal(alexs.Id, replay.Value.Id);
        Assert.Equal(2, (await Tickets.ListOpenAsync(Priya)).Value.Count);
    }

    [Fact]
    public async Task Open_ManyAtOnce_NumbersEveryTicket_NeverTwiceTheSameId()
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            Tickets.OpenAsync(new OpenTicket(Priya, IdempotencyKey.New(), Report($"user-{i}", $"User {i}")))));

        Assert.All(opened, o => Assert.True(o.IsSuccess, o.Error?.Code));
        var ids = opened.Select(o => o.Value.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1001, 24).Select(n => $"T-{n}").Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(24, (await Tickets.ListOpenAsync(Priya)).Value.Count);
    }
}
