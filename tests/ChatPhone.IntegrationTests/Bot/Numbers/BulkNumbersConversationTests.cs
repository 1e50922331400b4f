using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Numbers;

/// <summary>
/// Numbers for several people at once through <c>POST /api/messages</c>, in English and French: the form picks the people
/// the sentence names, its submit plans each pair — free numbers of the chosen city in order, each with the emergency
/// location of its own city — and Confirm assigns them; too few numbers, a forged person and a helpdesk submit are refused.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class BulkNumbersConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000b1";
    private const string Helper = "00000000-0000-4000-8000-0000000000b2";
    private const string Chloe = "00000000-0000-4000-8000-0000000000b3";
    private const string Ines = "00000000-0000-4000-8000-0000000000b4";
    private const string Theo = "00000000-0000-4000-8000-0000000000b5";
    private static readonly string[] ParisNumbers = ["+33184880011", "+33184880012", "+33184880013"];
    private const string LyonNumber = "+33472000011";
    private readonly TenantId _tenant = TenantId.Parse("b-" + Guid.NewGuid().ToString("N")[..12]);
    private CivicAddress _paris = null!;

    protected override async Task ArrangeAsync()
    {
        await TenantSeed.PeopleAsync(Factory.Services, _tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "FR", "admin"),
            (Helper, "helper@fabrikam.com", "Hel Per", "FR", "helpdesk"),
            (Chloe, "chloe@fabrikam.com", "Chloé Dubois", "FR", "user"),
            (Ines, "ines@fabrikam.com", "Inès Moreau", "FR", "user"),
            (Theo, "theo@fabrikam.com", "Théo Petit", "FR", "user"));
        var admin = TenantSeed.Admin(_tenant);
        foreach (var sku in new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan })
        {
            Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(admin, IdempotencyKey.New(), sku, 5))).IsSuccess);
        }

        foreach (var person in new[] { Chloe, Ines, Theo })
        {
            Assert.True((await Phone.Licensing.AssignAsync(new AssignLicenses(admin, IdempotencyKey.New(), UserId.Parse(person), [Sku.PhoneSystem, Sku.DomesticCallingPlan]))).IsSuccess);
        }

        var paris = await Phone.Emergency.AddAddressAsync(new AddAddress(admin, IdempotencyKey.New(),
            new AddressFields("Contoso", "FR", HouseNumber: "10", StreetName: "rue de Rivoli", City: "Paris", PostalCode: "75001", Latitude: "48.8606", Longitude: "2.3376")));
        var lyon = await Phone.Emergency.AddAddressAsync(new AddAddress(admin, IdempotencyKey.New(),
            new AddressFields("Contoso", "FR", HouseNumber: "1", StreetName: "place Bellecour", City: "Lyon", PostalCode: "69002", Latitude: "45.7578", Longitude: "4.8320")));
        Assert.True(paris.IsSuccess && lyon.IsSuccess);
        _paris = paris.Value.Address;
        var now = DateTimeOffset.UtcNow;
        await TenantSeed.PutAsync(Factory.Services, _tenant, NumberCollections.Numbers,
            [.. ParisNumbers.Select(n => (n, new PhoneNumber(n, "FR", null, "Paris", NumberType.UserSubscriber, NumberSource.Acquired, now))),
            (LyonNumber, new PhoneNumber(LyonNumber, "FR", null, "Lyon", NumberType.UserSubscriber, NumberSource.Acquired, now))]);
    }

    [Fact]
    public async Task InEnglish_TheFormPicksThePeopleNamed_AndEachGetsAParisNumberInOrder_WithTheParisLocation()
    {
        var form = await SayAsync(Boss, "give numbers to Chloé, Inès and Théo");
        var card = CardOf(form);
        var submit = WithInputs(card, ActionData(form, "numbers.bulk.plan"));
        var plan = await SendAsync(Client, InTenant(Invoke(Boss, submit)));
        var done = Shown(await SendAsync(Client, InTenant(Invoke(Boss, ConfirmData(plan)))));

        Assert.Equal(new[] { Chloe, Ines, Theo }.Order(), ((string)submit["people"]!).Split(',').Order());
        Assert.Contains("Paris, FR (free: 3)", card.ToString(), StringComparison.Ordinal);
        Assert.Contains("Give numbers to several people (3)", Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"{ParisNumbers[0]} — emergency location: {_paris.DefaultLocation.Name}", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Numbers given: 3 of 3.", done, StringComparison.Ordinal);
        var numbers = (await Phone.Numbers.ListAsync(TenantSeed.Admin(_tenant), new NumberFilter(Status: PstnAssignmentStatus.UserAssigned))).Value.Items;
        Assert.Equal([(ParisNumbers[0], Chloe), (ParisNumbers[1], Ines), (ParisNumbers[2], Theo)],
            numbers.OrderBy(n => n.Number, StringComparer.Ordinal).Select(n => (n.Number, n.Assignment!.TargetId)));
        Assert.All(numbers, n => Assert.Equal(_paris.DefaultLocation.Id, n.LocationId));
    }

    [Fact]
    public async Task InFrench_TooFewNumbersInTheCityPicked_IsRefused_AndNothingChanges()
    {
        var form = await SayAsync(Boss, "attribue des numéros à Chloé et Inès", "fr-FR");
        var submit = WithInputs(CardOf(form), ActionData(form, "numbers.bulk.plan"));
        submit["pool"] = "FR|Lyon";

        var refused = Shown(await SendAsync(Client, InTenant(Invoke(Boss, submit, locale: "fr-FR"))));

        Assert.Contains("Attribuer des numéros à plusieurs personnes", Shown(form), StringComparison.Ordinal);
        Assert.Contains("Pas assez de numéros libres à Lyon, FR : il en reste 1 pour les personnes choisies (2).", refused, StringComparison.Ordinal);
        Assert.Empty((await Phone.Numbers.ListAsync(TenantSeed.Admin(_tenant), new NumberFilter(Status: PstnAssignmentStatus.UserAssigned))).Value.Items);
    }

    [Fact]
    public async Task APersonOfAnotherTenant_OrAHelpdeskSubmit_IsRefused()
    {
        var form = await SayAsync(Boss, "give numbers to Chloé and Inès");
        var submit = WithInputs(CardOf(form), ActionData(form, "numbers.bulk.plan"));
        var forged = (JObject)submit.DeepClone();
        forged["people"] = Chloe + "," + Megan;

        var foreign = Shown(await SendAsync(Client, InTenant(Invoke(Boss, forged))));
        var helpdesk = Shown(await SendAsync(Client, InTenant(Invoke(Helper, submit))));

        Assert.Contains("Someone picked isn’t in your organisation’s directory.", foreign, StringComparison.Ordinal);
        Assert.Contains("Only an admin can do this.", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", foreign + helpdesk, StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, tenant: _tenant.Value, locale: locale));

    private JObject InTenant(JObject activity)
    {
        activity["conversation"]!["tenantId"] = _tenant.Value;
        return activity;
    }
}
