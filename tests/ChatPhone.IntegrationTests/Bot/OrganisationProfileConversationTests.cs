using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// The organisation profile through <c>POST /api/messages</c>: asked once when the first admin starts the setup
/// (skippable), set by sentence in English and French or by its form, shown on request, admin-only, and used
/// as the company name of the emergency address and port order forms instead of the tenant id.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class OrganisationProfileConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000b1";
    private const string Worker = "00000000-0000-4000-8000-0000000000b2";
    private readonly string _tenant = "t-" + Guid.NewGuid().ToString("N")[..12];

    protected override Task ArrangeAsync() =>
        TenantSeed.PeopleAsync(Factory.Services, TenantId.Parse(_tenant),
            (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"), (Worker, "worker@fabrikam.com", "Wo Worker", "US", "user"));

    private ProfileService Profiles => Factory.Services.GetRequiredService<ProfileService>();

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, tenant: _tenant, locale: locale));

    [Fact]
    public async Task FirstAdmin_StartingSetup_IsAskedTheName_OnceItIsGiven_TheEmergencyFormUsesIt()
    {
        var first = Shown(await SayAsync(Boss, "start setup"));
        var named = Shown(await SayAsync(Boss, "our company is called Fabrikam"));
        var again = Shown(await SayAsync(Boss, "start setup"));
        var form = await SayAsync(Boss, "add emergency address 1 Main St, Springfield, IL 62701, US");
        var port = await SayAsync(Boss, "port my numbers");

        Assert.Contains("what is your organisation called?", first, StringComparison.Ordinal);
        Assert.Contains("Teams Phone setup", first, StringComparison.Ordinal);
        Assert.Contains("Saved: the organisation profile is up to date.", named, StringComparison.Ordinal);
        Assert.DoesNotContain("what is your organisation called?", again, StringComparison.Ordinal);
        Assert.Equal("Fabrikam", InputValue(CardOf(form), "companyName"));
        Assert.Equal("Fabrikam", InputValue(CardOf(port), "companyName"));
    }

    [Fact]
    public async Task WithoutAProfile_TheEmergencyFormStillFallsBackToTheTenant_AndSkipStopsTheQuestion()
    {
        var form = await SayAsync(Boss, "add emergency address 1 Main St, Springfield, IL 62701, US");
        var ask = await SayAsync(Boss, "start setup");
        var skipped = await SendAsync(Client, Tenanted(Invoke(Boss, ActionData(ask, "profile.skip"))));
        var after = Shown(await SayAsync(Boss, "start setup"));

        Assert.Equal(_tenant, InputValue(CardOf(form), "companyName"));
        Assert.Contains("You can give it any time", Shown(skipped), StringComparison.Ordinal);
        Assert.DoesNotContain("what is your organisation called?", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InFrench_NameCountryAndCurrency_AreSavedFromOneSentence_AndShown()
    {
        var saved = Shown(await SayAsync(Boss, "notre entreprise s'appelle Fabrikam, notre pays par défaut est la France et notre devise est l'euro", "fr-FR"));
        var shown = Shown(await SayAsync(Boss, "show our organisation profile"));

        Assert.Contains("Enregistré : le profil de l’organisation est à jour.", saved, StringComparison.Ordinal);
        Assert.Equal(new TenantProfile("Fabrikam", "FR", "EUR"), (await Profiles.GetAsync(TenantId.Parse(_tenant))).Value);
        Assert.Contains("Organisation profile", shown, StringComparison.Ordinal);
        Assert.Contains("Fabrikam", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheForm_SavesWhatIsTyped_AndBadValuesAreRefusedWithAReason()
    {
        var card = await SayAsync(Boss, "show our organisation profile");
        var data = WithInputs(CardOf(card), ActionData(card, "profile.save"));
        data["profileName"] = "  Tailspin Toys  ";
        data["profileCurrency"] = "GBP";

        await SendAsync(Client, Tenanted(Invoke(Boss, data)));
        var badCurrency = Shown(await SayAsync(Boss, "our billing currency is bitcoin"));
        var badCountry = Shown(await SayAsync(Boss, "set our default country to Atlantis"));

        Assert.Equal(new TenantProfile("Tailspin Toys", null, "GBP"), (await Profiles.GetAsync(TenantId.Parse(_tenant))).Value);
        Assert.Contains("I don’t know the currency “bitcoin”", badCurrency, StringComparison.Ordinal);
        Assert.Contains("I don’t know a country or region called “Atlantis”", badCountry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAdmins_ChangeIt_AndEveryChangeIsAudited_AndAppliedOncePerKey()
    {
        var refused = Shown(await SayAsync(Worker, "our company is called Evil Corp"));
        var admin = new Actor(TenantId.Parse(_tenant), Boss, "Bo Boss", Role.Admin);
        var key = IdempotencyKey.New();
        var first = await Profiles.SetAsync(new SetProfile(admin, key, "Northwind"));
        var replay = await Profiles.SetAsync(new SetProfile(admin, key, "Something Else"));
        var asUser = await Profiles.SetAsync(new SetProfile(admin with { Role = Role.User }, IdempotencyKey.New(), "Evil Corp"));

        Assert.Contains("Only an admin can do this", refused, StringComparison.Ordinal);
        Assert.Equal("Northwind", first.Value.DisplayName);
        Assert.Equal("Northwind", replay.Value.DisplayName);
        Assert.Equal("auth.admin_required", asUser.Error?.Code);
        Assert.Equal("Northwind", (await Profiles.GetAsync(admin.Tenant)).Value.DisplayName);
        var audit = await Factory.Services.GetRequiredService<IAuditLog>().QueryAsync(admin.Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Single(audit, e => e.Action == AuditActions.Tenants.ProfileSet && e.Target == "profile:profile");
    }

    [Fact]
    public async Task DemoTenant_IsContosoInTheUsPayingUsd()
    {
        var shown = Shown(await SendAsync(Client, Message(Megan, "show our organisation profile")));

        Assert.Equal(new TenantProfile("Contoso", "US", "USD"), (await Profiles.GetAsync(TenantId.Parse("demo"))).Value);
        Assert.Contains("Contoso", shown, StringComparison.Ordinal);
    }

    private JObject Tenanted(JObject activity)
    {
        activity["conversation"]!["tenantId"] = _tenant;
        return activity;
    }

    private static string? InputValue(JObject card, string id) =>
        (string?)card.SelectTokens("$..[?(@.id)]").OfType<JObject>().First(e => (string?)e["id"] == id)["value"];
}
