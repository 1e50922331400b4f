using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>Emergency addresses and the number inventory by chat, in English and French, with forms, plan cards and clicks.</summary>
[Collection(RedisCollection.Name)]
public sealed class EmergencyNumbersConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
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

    // ---- emergency addresses ----

    [Fact]
    public async Task AddAddress_InEnglish_SendsAPrefilledForm_WhoseSubmitValidatesTheAddressOnce()
    {
        var form = await SendAsync(_client, Message(Megan, "add emergency address 1 Microsoft Way, Redmond, WA 98052, US"));
        var card = CardOf(form);
        Assert.Equal("Microsoft", InputValue(card, "streetName"));
        Assert.Equal("Way", InputValue(card, "streetSuffix"));
        Assert.Equal("Redmond", InputValue(card, "city"));
        Assert.Equal("WA", InputValue(card, "stateOrProvince"));
        Assert.Equal("98052", InputValue(card, "postalCode"));
        Assert.Equal("US", InputValue(card, "country"));
        Assert.Empty((await Phone.Emergency.ListAddressesAsync(Admin)).Value);

        var submit = Submitted(form);
        var first = await SendAsync(_client, Invoke(Megan, submit));
        var again = await SendAsync(_client, Invoke(Megan, submit));

        Assert.Contains("Address validated", Shown(first), StringComparison.Ordinal);
        Assert.Contains("1 Microsoft Way, Redmond, WA 98052, US", Shown(first), StringComparison.Ordinal);
        Assert.Contains("out of date", Shown(again), StringComparison.Ordinal);
        var stored = Assert.Single((await Phone.Emergency.ListAddressesAsync(Admin)).Value);
        Assert.Equal("demo", stored.CompanyName);
        Assert.True(stored.IsValidated);
    }

    [Fact]
    public async Task AddAddress_InFrench_PrefillsTheForm_AndAnswersInFrench()
    {
        var form = await SendAsync(_client, Message(Camille, "ajoute l’adresse d’urgence 10 rue de Rivoli, 75001 Paris, FR", "conv-fr-address", locale: "fr-FR"));
        var card = CardOf(form);
        Assert.Equal("rue de Rivoli", InputValue(card, "streetName"));
        Assert.Equal("FR", InputValue(card, "country"));
        Assert.Contains("Vérifiez l’adresse", Shown(form), StringComparison.Ordinal);

        var submit = Submitted(form);
        submit["companyName"] = "Contoso France";
        var result = await SendAsync(_client, Invoke(Camille, submit, "conv-fr-address", locale: "fr-FR"));

        Assert.Contains("Adresse ", Shown(result), StringComparison.Ordinal);
        Assert.Contains("Rivoli, Paris, 75001, FR", Shown(result), StringComparison.Ordinal);
        Assert.Equal("Contoso France", Assert.Single((await Phone.Emergency.ListAddressesAsync(Admin)).Value).CompanyName);
    }

    [Fact]
    public async Task AddAddress_WithAnInvalidField_ChangesNothing_AndTheSameFormCanBeFixedAndSubmitted()
    {
        var form = await SendAsync(_client, Message(Megan, "add emergency address 1 Microsoft Way, Redmond, WA 98052, US", "conv-address-fix"));
        var submit = Submitted(form);
        submit["country"] = "ZZ";

        var refused = await SendAsync(_client, Invoke(Megan, submit, "conv-address-fix"));
        var none = (await Phone.Emergency.ListAddressesAsync(Admin)).Value;
        submit["country"] = "US";
        var fixedUp = await SendAsync(_client, Invoke(Megan, submit, "conv-address-fix"));

        Assert.Contains("Fix the form and submit it again", Shown(refused), StringComparison.Ordinal);
        Assert.Empty(none);
        Assert.Contains("Address validated", Shown(fixedUp), StringComparison.Ordinal);
        Assert.Single((await Phone.Emergency.ListAddressesAsync(Admin)).Value);
    }

    [Fact]
    public async Task AddAddress_ByAUser_IsRefused_AndAStaleFormOfAnotherConversationChangesNothing()
    {
        var refused = await SendAsync(_client, Message(Alex, "add emergency address 1 Main St, Springfield, IL 62701, US"));
        var form = await SendAsync(_client, Message(Megan, "add emergency address 1 Main St, Springfield, IL 62701, US", "conv-stale-1"));
        await SendAsync(_client, Message(Megan, "cancel", "conv-stale-1"));

        var stale = await SendAsync(_client, Invoke(Megan, Submitted(form), "conv-stale-1"));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("This form is out of date", Shown(stale), StringComparison.Ordinal);
        Assert.Empty((await Phone.Emergency.ListAddressesAsync(Admin)).Value);
    }

    [Theory]
    [InlineData("list emergency addresses", "en-US", "Emergency addresses (1):", "validated")]
    [InlineData("affiche les adresses d’urgence", "fr-FR", "Adresses d’urgence (1) :", "validée")]
    public async Task ListAddresses_ShowsEachAddressWithItsStatus(string text, string locale, string title, string status)
    {
        await SeedAddressAsync();

        var replies = await SendAsync(_client, Message(Megan, text, locale: locale));

        Assert.Contains(title, Shown(replies), StringComparison.Ordinal);
        Assert.Contains("1 Microsoft Way, Redmond, WA 98052, US", Shown(replies), StringComparison.Ordinal);
        Assert.Contains(status, Shown(replies), StringComparison.Ordinal);
    }

    // ---- numbers ----

    [Fact]
    public async Task Unassign_InEnglish_ShowsTheHolder_AndUnassignsOnceOnConfirm()
    {
        var numbers = await SeedNumbersAsync(2);
        await AssignToAlexAsync(numbers[0]);

        var refused = await SendAsync(_client, Message(Alex, $"unassign {numbers[0]}"));
        var plan = await SendAsync(_client, Message(Megan, $"unassign {numbers[0]}"));
        Assert.NotNull(await HolderAsync(numbers[0]));
        var first = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"{numbers[0]} is no longer assigned", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        Assert.Null(await HolderAsync(numbers[0]));
    }

    [Fact]
    public async Task Unassign_InFrench_ByPerson_FindsTheirNumber()
    {
        var numbers = await SeedNumbersAsync(1);
        await AssignToAlexAsync(numbers[0]);

        var plan = await SendAsync(_client, Message(Camille, "retire le numéro de Alex", "conv-fr-unassign", locale: "fr-FR"));
        var done = await SendAsync(_client, Invoke(Camille, ConfirmData(plan), "conv-fr-unassign", locale: "fr-FR"));

        Assert.Contains("Retirer un numéro de téléphone", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(numbers[0], Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"{numbers[0]} n’est plus attribué", Shown(done), StringComparison.Ordinal);
        Assert.Null(await HolderAsync(numbers[0]));
    }

    [Fact]
    public async Task Unassign_AnUnknownNumber_FailsOnConfirm_WithTheReason()
    {
        var plan = await SendAsync(_client, Message(Megan, "unassign +1 206 555 0100"));
        var failed = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("nobody (not assigned)", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("+12065550100", Shown(failed), StringComparison.Ordinal);
        Assert.DoesNotContain("no longer assigned", Shown(failed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_InEnglish_ReleasesAnUnassignedNumberOnce_AndAnAssignedOneIsKeptWithTheReason()
    {
        var numbers = await SeedNumbersAsync(2);
        await AssignToAlexAsync(numbers[1]);

        var plan = await SendAsync(_client, Message(Megan, $"release {numbers[0]}"));
        var first = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));
        var assigned = await SendAsync(_client, Invoke(Megan, ConfirmData(await SendAsync(_client, Message(Megan, $"release {numbers[1]}")))));

        Assert.Contains("Release a phone number", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Numbers released: 1", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        Assert.Contains("Nothing was released", Shown(assigned), StringComparison.Ordinal);
        Assert.Contains("Still assigned", Shown(assigned), StringComparison.Ordinal);
        var left = (await Phone.Numbers.ListAsync(Admin, new NumberFilter())).Value.Items.Select(n => n.Number).ToArray();
        Assert.Equal([numbers[1]], left);
    }

    [Fact]
    public async Task Release_InFrench_AndByAUser_IsRefused()
    {
        var numbers = await SeedNumbersAsync(1);

        var refused = await SendAsync(_client, Message(Alex, $"release {numbers[0]}"));
        var plan = await SendAsync(_client, Message(Camille, $"libère le {numbers[0]}", "conv-fr-release", locale: "fr-FR"));
        var done = await SendAsync(_client, Invoke(Camille, ConfirmData(plan), "conv-fr-release", locale: "fr-FR"));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("Rendre un numéro", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Numéros rendus : 1", Shown(done), StringComparison.Ordinal);
        Assert.Equal(0, (await Phone.Numbers.ListAsync(Admin, new NumberFilter())).Value.Total);
    }

    [Theory]
    [InlineData("list all numbers", "en-US", "Your numbers (25):", "…and 5 more.")]
    [InlineData("liste tous les numéros", "fr-FR", "Vos numéros (25) :", "… et 5 de plus.")]
    public async Task ListNumbers_ShowsTheFirst20_AndHowManyMore(string text, string locale, string title, string more)
    {
        var numbers = await SeedNumbersAsync(25);

        var replies = await SendAsync(_client, Message(Megan, text, locale: locale));

        Assert.Contains(title, Shown(replies), StringComparison.Ordinal);
        Assert.Contains(more, Shown(replies), StringComparison.Ordinal);
        Assert.Contains(numbers.Order(StringComparer.Ordinal).First(), Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain(numbers.Order(StringComparer.Ordinal).Last(), Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListNumbers_WhenEmpty_SaysHowToGetSome_AndAUserIsRefusedByCore()
    {
        var empty = await SendAsync(_client, Message(Megan, "list all numbers"));
        var user = await SendAsync(_client, Message(Alex, "list all numbers"));

        Assert.Contains("No numbers in your inventory yet", Shown(empty), StringComparison.Ordinal);
        Assert.DoesNotContain("Your numbers", Shown(user), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("request 5 numbers in Dallas", "en-US", "conv-req-en", "New user numbers request form (US and Puerto Rico)", "submitted to")]
    [InlineData("demande 10 numéros à Lyon", "fr-FR", "conv-req-fr", "New user numbers request form (France)", "envoyée à")]
    public async Task RequestNumbers_PlansThenSubmitsOnce_SayingWhereItWent(string text, string locale, string conversation, string form, string done)
    {
        var user = Message(Alex, text, conversation + "-user", locale: locale);
        var refused = await SendAsync(_client, user);
        var plan = await SendAsync(_client, Message(Megan, text, conversation, locale: locale));
        var first = await SendAsync(_client, Invoke(Megan, ConfirmData(plan), conversation, locale));
        var again = await SendAsync(_client, Invoke(Megan, ConfirmData(plan), conversation, locale));

        Assert.DoesNotContain("plan.confirm", Shown(refused), StringComparison.Ordinal);
        Assert.Contains(form, Shown(plan), StringComparison.Ordinal);
        Assert.Contains(done, Shown(first), StringComparison.Ordinal);
        Assert.Contains(form, Shown(first), StringComparison.Ordinal);
        Assert.DoesNotContain(done, Shown(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestNumbers_WithoutAPlace_AsksWhere()
    {
        var replies = await SendAsync(_client, Message(Megan, "request 5 numbers"));

        Assert.Contains("How many numbers, and where?", Shown(replies), StringComparison.Ordinal);
    }

    // ---- porting ----

    [Fact]
    public async Task PortNumbers_InEnglish_ExplainsAndSendsTheForm_WhoseSubmitCreatesOneOrder()
    {
        var refused = await SendAsync(_client, Message(Alex, "port my numbers"));
        var form = await SendAsync(_client, Message(Megan, "port my numbers", "conv-port-en"));
        var submit = PortSubmission(form, "+1 206 555 0150, +1 206 555 0151");

        var first = await SendAsync(_client, Invoke(Megan, submit, "conv-port-en"));
        var again = await SendAsync(_client, Invoke(Megan, submit, "conv-port-en"));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("billing telephone number (BTN)", Shown(form), StringComparison.Ordinal);
        Assert.Contains("numbers.port.submit", Shown(form), StringComparison.Ordinal);
        Assert.Contains("Transfer order ", Shown(first), StringComparison.Ordinal);
        Assert.Contains("This transfer form is out of date", Shown(again), StringComparison.Ordinal);
        var orders = await Phone.Porting.ListPortOrdersAsync(Admin);
        Assert.Single(orders.Value);
    }

    [Fact]
    public async Task PortNumbers_InFrench_TollFreeNumbers_BecomeAServiceRequest()
    {
        var form = await SendAsync(_client, Message(Camille, "transférer mes numéros", "conv-port-fr", locale: "fr-FR"));
        var submit = PortSubmission(form, "+1 888 555 0150");

        var result = await SendAsync(_client, Invoke(Camille, submit, "conv-port-fr", locale: "fr-FR"));

        Assert.Contains("Pour transférer des numéros", Shown(form), StringComparison.Ordinal);
        Assert.Contains("Demande de service ", Shown(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortNumbers_WithoutTheLetterAccepted_ChangesNothing_AndTheFixedFormIsSubmitted()
    {
        var form = await SendAsync(_client, Message(Megan, "port my numbers", "conv-port-loa"));
        var submit = PortSubmission(form, "+1 206 555 0150");
        submit.Remove("loaAccepted");

        var refused = await SendAsync(_client, Invoke(Megan, submit, "conv-port-loa"));
        submit["loaAccepted"] = "true";
        var created = await SendAsync(_client, Invoke(Megan, submit, "conv-port-loa"));

        Assert.Contains("Fix the form and submit it again", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("Transfer order ", Shown(created), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortNumbers_ANumberAlreadyOwned_IsNotPortable_AndTheFormComesBackWithTheProblem()
    {
        var owned = (await SeedNumbersAsync(1))[0];
        var form = await SendAsync(_client, Message(Megan, "port my numbers", "conv-port-owned"));

        var result = await SendAsync(_client, Invoke(Megan, PortSubmission(form, $"{owned}, +1 206 555 0150"), "conv-port-owned"));

        Assert.Contains("Nothing was submitted: 1 number(s)", Shown(result), StringComparison.Ordinal);
        Assert.Contains(owned, Shown(result), StringComparison.Ordinal);
        Assert.Empty((await Phone.Porting.ListPortOrdersAsync(Admin)).Value);
    }

    private static JObject PortSubmission(IReadOnlyList<JObject> form, string numbers)
    {
        var data = (JObject)ActionData(form, "numbers.port.submit").DeepClone();
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        data["numbers"] = numbers;
        data["portType"] = "Partial";
        data["losingCarrier"] = "AT&T";
        data["accountNumber"] = "123456789";
        data["btn"] = "+1 206 555 0199";
        data["companyName"] = "Contoso";
        data["authorizingPerson"] = "Megan Bowen";
        data["serviceAddress"] = "1 Microsoft Way";
        data["city"] = "Redmond";
        data["state"] = "WA";
        data["zip"] = "98052";
        data["transferDate"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        data["startTime"] = "09:00";
        data["signature"] = "Megan Bowen";
        data["loaAccepted"] = "true";
        return data;
    }

    // ---- helpers ----

    private async Task<CivicAddress> SeedAddressAsync()
    {
        var address = await Phone.Emergency.AddAddressAsync(new AddAddress(Admin, IdempotencyKey.New(), new AddressFields(
            "Contoso", "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052")));
        Assert.True(address.Value.Address.IsValidated);
        return address.Value.Address;
    }

    private async Task<IReadOnlyList<string>> SeedNumbersAsync(int count)
    {
        var address = await SeedAddressAsync();
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 20))).IsSuccess);
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.DomesticCallingPlan, 20))).IsSuccess);
        var order = await Phone.NumberOrders.SearchAsync(new SearchNumbers(
            Admin, IdempotencyKey.New(), "US", NumberType.UserSubscriber, count, new NumberPlace("WA", "Seattle"), address.Id));
        Assert.True(order.IsSuccess, order.Error?.Code);
        var acquired = await Phone.NumberOrders.AcquireAsync(new AcquireNumbers(Admin, IdempotencyKey.New(), order.Value.Id));
        Assert.True(acquired.IsSuccess, acquired.Error?.Code);
        return acquired.Value.Acquired!;
    }

    private async Task AssignToAlexAsync(string number)
    {
        await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), Alex, [Sku.PhoneSystem, Sku.DomesticCallingPlan]));
        var assigned = await Phone.NumberAssignment.AssignAsync(new AssignNumber(Admin, IdempotencyKey.New(), number, Alex));
        Assert.True(assigned.IsSuccess, assigned.Error?.Code);
    }

    private async Task<NumberAssignment?> HolderAsync(string number) =>
        (await Phone.Numbers.ListAsync(Admin, new NumberFilter())).Value.Items.Single(n => n.Number == number).Assignment;

    private static string? InputValue(JObject card, string id) =>
        (string?)card.SelectTokens("$..[?(@.id)]").OfType<JObject>().First(e => (string?)e["id"] == id)["value"];

    /// <summary>The form's submit data with every input's current value merged in, as Teams sends it.</summary>
    private static JObject Submitted(IReadOnlyList<JObject> form)
    {
        var card = CardOf(form);
        var data = (JObject)ActionData(form, "emergency.address.submit").DeepClone();
        foreach (var input in card.SelectTokens("$..[?(@.id)]").OfType<JObject>().Where(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            data[(string)input["id"]!] = (string?)input["value"] ?? string.Empty;
        }

        return data;
    }
}
