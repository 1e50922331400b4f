using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core;

[Collection(RedisCollection.Name)]
public sealed class DirectoryImportIntegrationTests(RedisServerFixture redis)
{
    private const string Csv = DirectoryCsvParser.Header + "\n" +
        "alex@contoso.com,Alex Wilber,id-alex,US,Sales,user\n" +
        "sam@contoso.com,Sam Taylor,id-sam,US,,helpdesk\n" +
        "broken-upn,Nobody,id-x,US,,user\n";

    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly Actor Admin = new(Tenant, "admin-1", "Megan", Role.Admin);

    [Fact]
    public async Task PlanThenApply_ImportsGoodRowsAndReportsBadOnes()
    {
        await using var services = CoreServices.Create(redis);
        var imports = services.GetRequiredService<DirectoryImportService>();

        var plan = (await imports.PlanAsync(new PlanDirectoryImport(Admin, Csv))).Value;
        var outcome = (await imports.ApplyAsync(new ApplyDirectoryImport(Admin, plan.ImportId, Key("k1")))).Value;

        Assert.Equal((2, 0, 0), (plan.New, plan.Updated, plan.Unchanged));
        Assert.Equal((4, "directory.row.malformed_upn"), (plan.Problems[0].Line, plan.Problems[0].Reason.Code));
        Assert.Equal(new ImportOutcome(2, 0, 0), outcome);
        var directory = services.GetRequiredService<IDirectoryStore>();
        Assert.Equal(Role.Helpdesk, (await directory.FindAsync(Tenant, "SAM@contoso.com")).Value.Role);
        Assert.Equal("Alex Wilber", (await directory.FindAsync(Tenant, "id-alex")).Value.DisplayName);
    }

    [Fact]
    public async Task ReImport_OfTheSameFile_ChangesNothing_AndAChangedRowUpdatesByObjectId()
    {
        await using var services = CoreServices.Create(redis);
        var imports = services.GetRequiredService<DirectoryImportService>();
        await ImportAsync(imports, Csv, "k1");

        var again = (await imports.PlanAsync(new PlanDirectoryImport(Admin, Csv))).Value;
        var renamed = Csv.Replace("alex@contoso.com,Alex Wilber", "alex.w@contoso.com,Alex W.", StringComparison.Ordinal);
        var update = await ImportAsync(imports, renamed, "k2");

        Assert.Equal((0, 0, 2), (again.New, again.Updated, again.Unchanged));
        Assert.Equal(new ImportOutcome(0, 1, 1), update);
        var directory = services.GetRequiredService<IDirectoryStore>();
        Assert.Equal("Alex W.", (await directory.FindAsync(Tenant, "alex.w@contoso.com")).Value.DisplayName);
        Assert.False((await directory.FindAsync(Tenant, "alex@contoso.com")).IsSuccess);
    }

    [Fact]
    public async Task List_AfterAnImportOrACommandChangedThePeople_ShowsTheChange()
    {
        await using var services = CoreServices.Create(redis);
        var imports = services.GetRequiredService<DirectoryImportService>();
        var directory = services.GetRequiredService<IDirectoryStore>();
        await ImportAsync(imports, Csv, "k1");
        Assert.Equal(["Alex Wilber", "Sam Taylor"], (await directory.ListAsync(Tenant)).Select(p => p.DisplayName));

        await ImportAsync(imports, Csv.Replace("Alex Wilber", "Alexandra Wilber", StringComparison.Ordinal), "k2");
        Assert.Equal(["Alexandra Wilber", "Sam Taylor"], (await directory.ListAsync(Tenant)).Select(p => p.DisplayName));

        await TenantSeed.PutAsync(services, Tenant, DirectoryCollections.People,
            ("id-ann", new Person("id-ann", "ann@contoso.com", "Ann Lee", "US", "", Role.User)));
        Assert.Equal(["Alexandra Wilber", "Ann Lee", "Sam Taylor"], (await directory.ListAsync(Tenant)).Select(p => p.DisplayName));
    }

    [Fact]
    public async Task Apply_ReplayedKey_ReturnsTheFirstResultAndAuditsOnce()
    {
        await using var services = CoreServices.Create(redis);
        var imports = services.GetRequiredService<DirectoryImportService>();
        var plan = (await imports.PlanAsync(new PlanDirectoryImport(Admin, Csv))).Value;

        var first = await imports.ApplyAsync(new ApplyDirectoryImport(Admin, plan.ImportId, Key("same")));
        var replay = await imports.ApplyAsync(new ApplyDirectoryImport(Admin, plan.ImportId, Key("same")));

        Assert.Equal(first.Value, replay.Value);
        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Single(audit, e => e.Action == AuditActions.Directory.Import && e.Outcome == AuditOutcome.Applied);
    }

    [Fact]
    public async Task Apply_ConcurrentConfirmations_ExactlyOneApplies_OthersHearWhoDidIt()
    {
        await using var services = CoreServices.Create(redis);
        var imports = services.GetRequiredService<DirectoryImportService>();
        var plan = (await imports.PlanAsync(new PlanDirectoryImport(Admin, Csv))).Value;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            imports.ApplyAsync(new ApplyDirectoryImport(Admin with { UserId = $"admin-{i}", DisplayName = $"Admin {i}" }, plan.ImportId, Key($"k{i}")))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("directory.import.already_applied", r.Error!.Code));
    }

    [Fact]
    public async Task PlanAndApply_ByNonAdmin_AreRefusedAndAudited()
    {
        await using var services = CoreServices.Create(redis);
        var imports = services.GetRequiredService<DirectoryImportService>();
        var user = new Actor(Tenant, "id-alex", "Alex", Role.User);

        var plan = await imports.PlanAsync(new PlanDirectoryImport(user, Csv));
        var apply = await imports.ApplyAsync(new ApplyDirectoryImport(user with { Role = Role.Helpdesk }, "whatever", Key("k")));

        Assert.Equal(("auth.admin_required", "auth.admin_required"), (plan.Error?.Code, apply.Error?.Code));
        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(
            Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5), actorId: "id-alex");
        Assert.Equal(2, audit.Count(e => e.Outcome == AuditOutcome.Refused));
        Assert.Empty(await services.GetRequiredService<IDirectoryStore>().ListAsync(Tenant));
    }

    [Fact]
    public async Task Tenants_NeverSeeEachOthersPeople()
    {
        await using var services = CoreServices.Create(redis);
        await ImportAsync(services.GetRequiredService<DirectoryImportService>(), Csv, "k1");
        var directory = services.GetRequiredService<IDirectoryStore>();
        var other = TenantId.Parse("fabrikam");

        Assert.Equal(2, (await directory.ListAsync(Tenant)).Count);
        Assert.Empty(await directory.ListAsync(other));
        Assert.Equal("directory.person_not_found", (await directory.FindAsync(other, "alex@contoso.com")).Error?.Code);
    }

    [Fact]
    public async Task Discard_AfterApply_IsRefusedWithWhoAppliedIt()
    {
        await using var services = CoreServices.Create(redis);
        var imports = services.GetRequiredService<DirectoryImportService>();
        var plan = (await imports.PlanAsync(new PlanDirectoryImport(Admin, Csv))).Value;
        await imports.ApplyAsync(new ApplyDirectoryImport(Admin, plan.ImportId, Key("k")));

        var discarded = await imports.DiscardAsync(new DiscardDirectoryImport(Admin, plan.ImportId));

        Assert.Equal("directory.import.already_applied", discarded.Error?.Code);
        Assert.Equal("Megan", discarded.Error!.Args[0]);
    }

    private static async Task<ImportOutcome> ImportAsync(DirectoryImportService imports, string csv, string key)
    {
        var plan = (await imports.PlanAsync(new PlanDirectoryImport(Admin, csv))).Value;
        return (await imports.ApplyAsync(new ApplyDirectoryImport(Admin, plan.ImportId, Key(key)))).Value;
    }

    private static IdempotencyKey Key(string value) => IdempotencyKey.TryCreate(value).Value;
}
