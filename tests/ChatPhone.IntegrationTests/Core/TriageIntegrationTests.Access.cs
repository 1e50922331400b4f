using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Storage.Redis;
using ChatPhone.Core.Triage;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis.Profiling;

namespace ChatPhone.IntegrationTests.Core;

/// <summary>Who may diagnose whom, and what one diagnosis costs on the wire.</summary>
public sealed partial class TriageIntegrationTests
{
    [Theory]
    [InlineData("id-alex")]
    [InlineData("ID-ALEX")]
    [InlineData("alex@contoso.com")]
    public async Task User_DiagnosesThemselves_ByIdOrUpn(string key)
    {
        await using var world = await WorldAsync(redis);

        var report = Ok(await world.Phone.Triage.DiagnoseAsync(Alex, key, Symptom.General));

        Assert.Equal(("id-alex", "Alex Wilber"), (report.UserId, report.DisplayName));
    }

    [Theory]
    [InlineData("id-sam")]
    [InlineData("sam@contoso.com")]
    [InlineData("id-nobody")]
    [InlineData("nobody@contoso.com")]
    [InlineData("id-jordan")]
    public async Task User_AskingAboutAnyoneElse_IsRefusedTheSameWay_AndAudited(string key)
    {
        await using var world = await WorldAsync(redis);

        var result = await world.Phone.Triage.DiagnoseAsync(Alex, key, Symptom.CannotCallOut);

        Assert.Equal(new Error("triage.self_only"), result.Error);
        var audit = await world.Services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, Start.AddHours(-1), Start.AddHours(1), actorId: "id-alex");
        var refusal = Assert.Single(audit);
        Assert.Equal((AuditActions.Triage.Diagnose, key, AuditOutcome.Refused), (refusal.Action, refusal.Target, refusal.Outcome));
    }

    [Fact]
    public async Task Helpdesk_DiagnosesAnyoneInTheirTenant_ByUpn()
    {
        await using var world = await WorldAsync(redis);

        var report = Ok(await world.Phone.Triage.DiagnoseAsync(Helpdesk, "Sam@Contoso.com", Symptom.CannotCallOut));

        Assert.Equal(("id-sam", "Sam Taylor"), (report.UserId, report.DisplayName));
        Assert.Equal(["0"], Assert.Single(report.Causes, c => c.Code == TriageCodes.PhoneSystemMissingBuy).Args);
    }

    [Fact]
    public async Task Helpdesk_AskingAboutAnotherTenantsPerson_GetsExactlyWhatANonexistentPersonGets()
    {
        await using var world = await WorldAsync(redis);

        var elsewhere = Ok(await world.Phone.Triage.DiagnoseAsync(Helpdesk, "jordan@fabrikam.com", Symptom.General));
        var nowhere = Ok(await world.Phone.Triage.DiagnoseAsync(Helpdesk, "ghost@fabrikam.com", Symptom.General));
        var jordan = Ok(await world.Phone.Triage.DiagnoseAsync(new Actor(Other, "id-jordan", "Jordan Lee", Role.User), "id-jordan", Symptom.General));

        Assert.Equal(TriageCodes.PersonNotFound, Assert.Single(elsewhere.Causes).Code);
        Assert.Equal(
            (elsewhere.UserId.Replace("jordan", "ghost", StringComparison.Ordinal), elsewhere.Causes[0] with { Args = [] }),
            (nowhere.UserId, nowhere.Causes[0] with { Args = [] }));
        Assert.Equal(("id-jordan", "Jordan Lee"), (jordan.UserId, jordan.DisplayName));
    }

    [Fact]
    public async Task SomeoneOutsideTheDirectory_IsRefused_EvenAboutThemselves()
    {
        await using var world = await WorldAsync(redis);
        var stranger = new Actor(Tenant, "id-stranger", "Stranger", Role.Unknown);

        Assert.Equal("directory.not_a_member", (await world.Phone.Triage.DiagnoseAsync(stranger, "id-stranger", Symptom.General)).Error?.Code);
        Assert.Equal("triage.person_required", (await world.Phone.Triage.DiagnoseAsync(Helpdesk, "  ", Symptom.General)).Error?.Code);
    }

    [Theory]
    [InlineData("id-alex")]
    [InlineData("alex@contoso.com")]
    public async Task Diagnose_ReadsEverythingInOneAtomicRoundTrip_AndWritesNothing(string key)
    {
        await using var proxy = new RespProxy(redis.ConnectionString);
        await using var world = await WorldAsync(redis, via: proxy.Endpoint);
        await CallingReadyAsync(world);
        var multiplexer = await world.Services.GetRequiredService<RedisConnection>().MultiplexerAsync();
        var session = new ProfilingSession();
        multiplexer.RegisterProfiler(() => session);
        proxy.Reset();

        var report = Ok(await world.Phone.Triage.DiagnoseAsync(Helpdesk, key, Symptom.General));
        var roundTrips = session.FinishProfiling().Select(c => c.Command).ToArray();
        multiplexer.RegisterProfiler(() => null);
        var sent = proxy.Commands.Where(c => c is not ("PING" or "ECHO" or "SELECT")).ToArray();

        Assert.Equal("id-alex", report.UserId);
        output.WriteLine($"{key}: {string.Join(' ', sent)}");
        Assert.Equal(["EXEC"], roundTrips);
        Assert.Equal(("MULTI", "EXEC", 1), (sent[0], sent[^1], sent.Count(c => c == "MULTI")));
        Assert.All(sent[1..^1], c => Assert.True(c is "HMGET" or "HGETALL", c));
    }
}
