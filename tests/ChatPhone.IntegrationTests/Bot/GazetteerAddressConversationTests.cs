using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Emergency.Validation;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// Adding an emergency address written on one line, through <c>POST /api/messages</c> in English and French: the form comes
/// prefilled field by field (label, number, street, city, state, postal code, country), its Submit validates the address
/// against the gazetteer (coordinates filled in), an unknown city is refused with the closest names, and the hint for a
/// missing address names a place of the organisation's country. Each test has a tenant of its own.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class GazetteerAddressConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000f7";

    [Fact]
    public async Task AddAddress_FreeTextInEnglish_PrefillsEveryField_AndValidatesWithSeattlesCoordinates()
    {
        var tenant = await TenantAsync("US");

        var form = await SayAsync(tenant, "add emergency address Fabrikam Seattle office, 400 Broad St, Seattle, WA 98109, United States");
        var card = CardOf(form);
        Assert.Equal(
            ("Fabrikam Seattle office", "400", "Broad", "St", "Seattle", "WA", "98109", "US"),
            (Input(card, "description"), Input(card, "houseNumber"), Input(card, "streetName"), Input(card, "streetSuffix"),
                Input(card, "city"), Input(card, "stateOrProvince"), Input(card, "postalCode"), Input(card, "country")));

        var result = await ClickAsync(tenant, Submitted(form));

        Assert.Contains("Address validated", Shown(result), StringComparison.Ordinal);
        var stored = Assert.Single(await AddressesAsync(tenant));
        Assert.Equal("Fabrikam Seattle office", stored.Description);
        Assert.True(Coordinates.TryParse(stored.Latitude, stored.Longitude, out var at));
        Assert.InRange(at.DistanceKm(new Coordinates(47.6205, -122.3493)), 0, 10);
    }

    [Fact]
    public async Task AddAddress_FreeTextInFrench_GermanOrder_PrefillsTheForm_AndValidatesWithBerlinsCoordinates()
    {
        var tenant = await TenantAsync("FR");

        var form = await SayAsync(tenant, "ajoute l’adresse d’urgence Contoso GmbH, Friedrichstraße 43, 10117 Berlin, Deutschland", "fr-FR");
        var card = CardOf(form);
        Assert.Equal(
            ("Contoso GmbH", "43", "Friedrichstraße", "Berlin", "10117", "DE"),
            (Input(card, "description"), Input(card, "houseNumber"), Input(card, "streetName"), Input(card, "city"), Input(card, "postalCode"), Input(card, "country")));

        var result = await ClickAsync(tenant, Submitted(form), "fr-FR");

        Assert.Contains("Adresse validée", Shown(result), StringComparison.Ordinal);
        var stored = Assert.Single(await AddressesAsync(tenant));
        Assert.Equal(ValidationStatus.Validated, stored.Status);
        Assert.True(Coordinates.TryParse(stored.Latitude, stored.Longitude, out var at));
        Assert.InRange(at.DistanceKm(new Coordinates(52.5096, 13.3889)), 0, 10);
    }

    [Theory]
    [InlineData("en-US", "add emergency address 3 rue Nationale, 59000 Lile, France", "“Lile” is not a place of FR we know. Did you mean Lille", "for example: Hôtel de Ville, 1 place de la Comédie, 69001 Lyon, France")]
    [InlineData("fr-FR", "ajoute l'adresse d'urgence 3 rue Nationale, 59000 Lile, France", "La ville « Lile » est inconnue en FR. Vouliez-vous dire Lille", "par exemple : Hôtel de Ville, 1 place de la Comédie, 69001 Lyon, France")]
    public async Task AddAddress_UnknownCity_IsRefusedWithTheClosestNames_AndAnExampleOfTheCountry(string locale, string sentence, string refusal, string example)
    {
        var tenant = await TenantAsync("FR");

        var form = await SayAsync(tenant, sentence, locale);
        var refused = await ClickAsync(tenant, Submitted(form), locale);
        var none = await AddressesAsync(tenant);
        var submit = Submitted(form);
        submit["city"] = "Lille";
        var fixedUp = await ClickAsync(tenant, submit, locale);

        Assert.Contains(refusal, Shown(refused), StringComparison.Ordinal);
        Assert.Contains(example, Shown(refused), StringComparison.Ordinal);
        Assert.Empty(none);
        Assert.True(Assert.Single(await AddressesAsync(tenant)).IsValidated, Shown(fixedUp));
    }

    [Theory]
    [InlineData("DE", "en-US", "add emergency address", "“add emergency address Rotes Rathaus, Rathausstraße 15, 10178 Berlin, Deutschland”")]
    [InlineData("FR", "fr-FR", "ajoute une adresse d'urgence", "« ajoute l’adresse d’urgence Hôtel de Ville, 1 place de la Comédie, 69001 Lyon, France »")]
    [InlineData("JP", "en-US", "add emergency address", "2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-8001, Japan")]
    public async Task AddAddress_WithoutAnAddress_TheHintNamesAPlaceOfTheOrganisationsCountry(string country, string locale, string sentence, string expected)
    {
        var tenant = await TenantAsync(country);

        var reply = Shown(await SayAsync(tenant, sentence, locale));

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Springfield", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IT", "en-US", "list emergency addresses", "No emergency address yet. Add one: “add emergency address Campidoglio, Piazza del Campidoglio 1, 00186 Roma, Italia”")]
    [InlineData("ES", "fr-FR", "liste les adresses d'urgence", "Ajoutez-en une : « ajoute l’adresse d’urgence Ayuntamiento de Madrid, Plaza de Cibeles 1, 28014 Madrid, España »")]
    public async Task ListAddresses_NoneYet_TheHintNamesAPlaceOfTheOrganisationsCountry(string country, string locale, string sentence, string expected)
    {
        var tenant = await TenantAsync(country);

        var reply = Shown(await SayAsync(tenant, sentence, locale));

        Assert.Contains(expected, reply, StringComparison.Ordinal);
    }

    private async Task<TenantId> TenantAsync(string country)
    {
        var tenant = TenantId.Parse("g-" + Guid.NewGuid().ToString("N")[..12]);
        await TenantSeed.PeopleAsync(Factory.Services, tenant, (Boss, "boss@fabrikam.com", "Bo Boss", country, "admin"));
        var profile = await Factory.Services.GetRequiredService<ProfileService>()
            .SetAsync(new SetProfile(TenantSeed.Admin(tenant), IdempotencyKey.New(), "Fabrikam", country));
        Assert.True(profile.IsSuccess, profile.Error?.Code);
        return tenant;
    }

    private Task<IReadOnlyList<JObject>> SayAsync(TenantId tenant, string text, string locale = "en-US") =>
        SendAsync(Client, Message(Boss, text, conversation: "conv-" + tenant.Value, tenant: tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> ClickAsync(TenantId tenant, JObject data, string locale = "en-US")
    {
        var activity = Invoke(Boss, data, conversation: "conv-" + tenant.Value, locale: locale);
        activity["conversation"]!["tenantId"] = tenant.Value;
        return SendAsync(Client, activity);
    }

    private async Task<IReadOnlyList<CivicAddress>> AddressesAsync(TenantId tenant) =>
        (await Phone.Emergency.ListAddressesAsync(TenantSeed.Admin(tenant))).Value;

    private static string? Input(JObject card, string id) =>
        (string?)card.SelectTokens("$..[?(@.id)]").OfType<JObject>().First(e => (string?)e["id"] == id)["value"];

    private static JObject Submitted(IReadOnlyList<JObject> form) =>
        WithInputs(CardOf(form), ActionData(form, "emergency.address.submit"));
}
