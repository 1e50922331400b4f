using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>Emergency addresses by chat.</summary>
public sealed partial class EmergencyNumbersConversationTests
{
    [Fact]
    public async Task AddAddress_InEnglish_SendsAPrefilledForm_WhoseSubmitValidatesTheAddressOnce()
    {
        var form = await SendAsync(Client, Message(Megan, "add emergency address 1 Microsoft Way, Redmond, WA 98052, US"));
        var card = CardOf(form);
        Assert.Equal("Microsoft", InputValue(card, "streetName"));
        Assert.Equal("Way", InputValue(card, "streetSuffix"));
        Assert.Equal("Redmond", InputValue(card, "city"));
        Assert.Equal("WA", InputValue(card, "stateOrProvince"));
        Assert.Equal("98052", InputValue(card, "postalCode"));
        Assert.Equal("US", InputValue(card, "country"));
        Assert.Empty((await Phone.Emergency.ListAddressesAsync(Admin)).Value);

        var submit = Submitted(form);
        var first = await SendAsync(Client, Invoke(Megan, submit));
        var again = await SendAsync(Client, Invoke(Megan, submit));

        Assert.Contains("Address validated", Shown(first), StringComparison.Ordinal);
        Assert.Contains("1 Microsoft Way, Redmond, WA 98052, US", Shown(first), StringComparison.Ordinal);
        Assert.Contains("out of date", Shown(again), StringComparison.Ordinal);
        var stored = Assert.Single((await Phone.Emergency.ListAddressesAsync(Admin)).Value);
        Assert.Equal("Contoso", stored.CompanyName);
        Assert.True(stored.IsValidated);
    }

    [Fact]
    public async Task AddAddress_InFrench_PrefillsTheForm_AndAnswersInFrench()
    {
        var form = await SendAsync(Client, Message(Camille, "ajoute l’adresse d’urgence 10 rue de Rivoli, 75001 Paris, FR", "conv-fr-address", locale: "fr-FR"));
        var card = CardOf(form);
        Assert.Equal("rue de Rivoli", InputValue(card, "streetName"));
        Assert.Equal("FR", InputValue(card, "country"));
        Assert.Contains("Vérifiez l’adresse", Shown(form), StringComparison.Ordinal);

        var submit = Submitted(form);
        submit["companyName"] = "Contoso France";
        var result = await SendAsync(Client, Invoke(Camille, submit, "conv-fr-address", locale: "fr-FR"));

        Assert.Contains("Adresse ", Shown(result), StringComparison.Ordinal);
        Assert.Contains("Rivoli, Paris, 75001, FR", Shown(result), StringComparison.Ordinal);
        Assert.Equal("Contoso France", Assert.Single((await Phone.Emergency.ListAddressesAsync(Admin)).Value).CompanyName);
    }

    [Fact]
    public async Task AddAddress_WithAnInvalidField_ChangesNothing_AndTheSameFormCanBeFixedAndSubmitted()
    {
        var form = await SendAsync(Client, Message(Megan, "add emergency address 1 Microsoft Way, Redmond, WA 98052, US", "conv-address-fix"));
        var submit = Submitted(form);
        submit["country"] = "ZZ";

        var refused = await SendAsync(Client, Invoke(Megan, submit, "conv-address-fix"));
        var none = (await Phone.Emergency.ListAddressesAsync(Admin)).Value;
        submit["country"] = "US";
        var fixedUp = await SendAsync(Client, Invoke(Megan, submit, "conv-address-fix"));

        Assert.Contains("Fix the form and submit it again", Shown(refused), StringComparison.Ordinal);
        Assert.Empty(none);
        Assert.Contains("Address validated", Shown(fixedUp), StringComparison.Ordinal);
        Assert.Single((await Phone.Emergency.ListAddressesAsync(Admin)).Value);
    }

    [Fact]
    public async Task AddAddress_ByAUser_IsRefused_AndAStaleFormOfAnotherConversationChangesNothing()
    {
        var refused = await SendAsync(Client, Message(Alex, "add emergency address 1 Main St, Springfield, IL 62701, US"));
        var form = await SendAsync(Client, Message(Megan, "add emergency address 1 Main St, Springfield, IL 62701, US", "conv-stale-1"));
        await SendAsync(Client, Message(Megan, "cancel", "conv-stale-1"));

        var stale = await SendAsync(Client, Invoke(Megan, Submitted(form), "conv-stale-1"));

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

        var replies = await SendAsync(Client, Message(Megan, text, locale: locale));

        Assert.Contains(title, Shown(replies), StringComparison.Ordinal);
        Assert.Contains("1 Microsoft Way, Redmond, WA 98052, US", Shown(replies), StringComparison.Ordinal);
        Assert.Contains(status, Shown(replies), StringComparison.Ordinal);
    }
}
