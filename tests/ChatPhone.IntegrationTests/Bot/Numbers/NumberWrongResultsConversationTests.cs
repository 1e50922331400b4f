using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Numbers;

/// <summary>
/// Through <c>POST /api/messages</c>, in English and French: the wrong results of issue 17 on numbers — a request for a
/// city the carrier does not stock, toll-free requests and searches, toll-free numbers from the service form where the
/// emergency address is in a city without toll-free ranges, the hint after acquiring service numbers, and porting
/// geographic service numbers.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class NumberWrongResultsConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private static JObject Start(string step) => new() { ["verb"] = "setup.step.start", ["step"] = step };

    [Theory]
    [InlineData(Camille, "request 5 numbers in Lille", "en-US", "New user numbers request form (France)", "submitted to")]
    [InlineData(Megan, "request 5 numbers in Lille, France", "en-US", "New user numbers request form (France)", "submitted to")]
    [InlineData(Camille, "demande 5 numéros à Lille", "fr-FR", "Formulaire de demande de nouveaux numéros d’utilisateur (France)", "envoyée à")]
    public async Task RequestNumbers_InACityTheCarrierDoesNotStock_PlansTheCountrysRequestForm_AndSubmitsIt(
        string admin, string text, string locale, string form, string done)
    {
        var plan = await SendAsync(Client, Message(admin, text, "conv-req-lille", locale: locale));
        var submitted = await SendAsync(Client, Invoke(admin, ConfirmData(plan), "conv-req-lille", locale));

        Assert.Contains(form, Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Lille", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("5", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(done, Shown(submitted), StringComparison.Ordinal);
        var request = Assert.Single((await Phone.NumberOrders.ListOrdersAsync(Admin, DateTimeOffset.UtcNow)).Value.Requests);
        Assert.Equal(("FR", NumberType.UserSubscriber, 5), (request.Country, request.Type, request.Quantity));
        Assert.Contains("Lille", request.Notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Megan, "request 3 toll-free numbers in France", "en-US", "New user numbers request form")]
    [InlineData(Camille, "demande 3 numéros gratuits en France", "fr-FR", "Formulaire de demande de nouveaux numéros d’utilisateur")]
    public async Task RequestNumbers_TollFree_PlansTheServiceNumberForm_NotTheUserNumberOne(string admin, string text, string locale, string userForm)
    {
        var plan = await SendAsync(Client, Message(admin, text, "conv-req-tollfree", locale: locale));

        Assert.Contains("ptneu@microsoft.com", Shown(plan), StringComparison.Ordinal);
        Assert.DoesNotContain(userForm, Shown(plan), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Megan, "find 2 toll-free numbers", "en-US", "Get service numbers", "Get user numbers")]
    [InlineData(Camille, "trouve 2 numéros gratuits", "fr-FR", "Obtenir des numéros de service", "Obtenir des numéros d’utilisateur")]
    public async Task SearchNumbers_TollFreeWithoutACountry_OpensTheServiceNumberForm(string admin, string text, string locale, string service, string user)
    {
        var replies = await SendAsync(Client, Message(admin, text, "conv-find-tollfree", locale: locale));

        Assert.Contains(service, Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain(user, Shown(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Megan, "en-US", "Numbers acquired: 2", "resource account", "alex.wilber@contoso.com")]
    [InlineData(Camille, "fr-FR", "Numéros acquis : 2", "compte de ressources", "alex.wilber@contoso.com")]
    public async Task FrenchTollFreeServiceNumbers_FromTheForm_WithAnAddressInIssy_AreAcquired_AndTheHintNamesAResourceAccount(
        string admin, string locale, string acquiredText, string hint, string personExample)
    {
        await ArrangeTollFreeAsync();
        const string Conversation = "conv-tollfree-fr";

        var form = await SendAsync(Client, Invoke(admin, Start("ServiceNumbers"), Conversation, locale));
        var results = await SendAsync(Client, Invoke(admin, FormData(form, "SearchNumbers",
            ("numberType", nameof(NumberType.AutoAttendantTollFree)), ("place", "FR//Toll Free"), ("quantity", "2")), Conversation, locale));
        var acquired = await SendAsync(Client, Invoke(admin, ActionData(results, "numbers.acquire"), Conversation, locale));

        Assert.DoesNotContain("Issy", Shown(results), StringComparison.Ordinal);
        Assert.Contains(acquiredText, Shown(acquired), StringComparison.Ordinal);
        Assert.Contains(hint, Shown(acquired), StringComparison.Ordinal);
        Assert.DoesNotContain(personExample, Shown(acquired), StringComparison.Ordinal);
        var numbers = (await Phone.Numbers.ListAsync(Admin, new NumberFilter())).Value.Items;
        Assert.Equal(2, numbers.Count);
        Assert.All(numbers, n => Assert.StartsWith("+3380", n.Number, StringComparison.Ordinal));
        Assert.All(numbers, n => Assert.Equal(NumberType.AutoAttendantTollFree, n.Type));
    }

    [Theory]
    [InlineData(Megan, "port my numbers", "en-US", "Call queue (toll)", "Service request ")]
    [InlineData(Camille, "transférer mes numéros", "fr-FR", "File d’attente (payant)", "Demande de service ")]
    public async Task PortNumbers_GeographicServiceNumbers_AreChosenOnTheForm_AndGoToAServiceRequestOfThatType(
        string admin, string text, string locale, string choice, string created)
    {
        var form = await SendAsync(Client, Message(admin, text, "conv-port-service", locale: locale));
        var submit = EmergencyNumbersConversationTests.PortSubmission(form, "+1 206 555 0150");
        submit["numberType"] = nameof(NumberType.CallQueueToll);

        var result = await SendAsync(Client, Invoke(admin, submit, "conv-port-service", locale));

        Assert.Contains(choice, CardOf(form).ToString(), StringComparison.Ordinal);
        Assert.Contains("\"numberType\"", CardOf(form).ToString(), StringComparison.Ordinal);
        Assert.Contains(created, Shown(result), StringComparison.Ordinal);
        var request = Assert.Single((await Phone.Porting.ListServiceRequestsAsync(Admin)).Value);
        Assert.Equal(NumberType.CallQueueToll, request.Loa.NumberType);
        Assert.True(request.AreServiceNumbers);
        Assert.Empty((await Phone.Porting.ListPortOrdersAsync(Admin)).Value);
    }

    [Theory]
    [InlineData(Megan, "assign +33 1 40 00 01 23 to alex.wilber@contoso.com", "en-US", "+33140000123 is a number from FR, but Alex Wilber’s usage location and Calling Plan are for US")]
    [InlineData(Camille, "attribue le +33 1 40 00 01 23 à alex.wilber@contoso.com", "fr-FR", "+33140000123 est un numéro d’un autre pays (FR) que l’emplacement d’utilisation et le forfait d’appels d’Alex Wilber (US)")]
    public async Task AssignNumber_AFrenchNumberToAPersonWithAUsCallingPlan_IsRefusedWithTheReason(string admin, string text, string locale, string reason)
    {
        const string Paris = "+33140000123";
        await TenantSeed.PutAsync(Factory.Services, Demo, NumberCollections.Numbers,
            (Paris, new PhoneNumber(Paris, "FR", "IDF", "Paris", NumberType.UserSubscriber, NumberSource.Acquired, DateTimeOffset.UtcNow)));
        await TenantSeed.PutAsync(Factory.Services, Demo, LicensingCollections.Users,
            (Alex, new UserLicenses(Alex, "US", [Sku.PhoneSystem, Sku.DomesticCallingPlan])));

        var plan = await SendAsync(Client, Message(admin, text, "conv-assign-fr", locale: locale));
        var refused = await SendAsync(Client, Invoke(admin, ConfirmData(plan), "conv-assign-fr", locale));

        Assert.Contains(reason, Shown(refused), StringComparison.Ordinal);
        Assert.Null((await TenantSeed.GetAsync(Factory.Services, Demo, NumberCollections.Numbers, Paris))!.Assignment);
    }

    private async Task ArrangeTollFreeAsync()
    {
        var address = await Phone.Emergency.AddAddressAsync(new AddAddress(Admin, IdempotencyKey.New(), new AddressFields(
            "Contoso France", "FR", HouseNumber: "39", StreetName: "Quai du Président Roosevelt", City: "Issy-les-Moulineaux", PostalCode: "92130")));
        Assert.True(address.IsSuccess, address.IsSuccess ? null : address.Error.Code);
        Assert.True(address.Value.Address.IsValidated);
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 10))).IsSuccess);
        Assert.True((await Phone.Credits.SetPaymentMethodAsync(new SetPaymentMethod(Admin, IdempotencyKey.New(), PaymentMethod.Card("4242", DateTime.UtcNow.Year + 2, 12)))).IsSuccess);
        Assert.True((await Phone.Credits.AddFundsAsync(new AddFunds(Admin, IdempotencyKey.New(), 50m))).IsSuccess);
    }
}
