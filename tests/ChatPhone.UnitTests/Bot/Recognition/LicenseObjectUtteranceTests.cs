using ChatPhone.Bot.Flows.Objects.Licenses;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Licensing;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// Sentences about license subscriptions, a person's licenses and groups of people reach the intent whose flow handles them,
/// with the license named; the count, group and person readers of the license flows read them right.
/// </summary>
public sealed class LicenseObjectUtteranceTests
{
    public static TheoryData<string, IntentKind, string?> Utterances => new()
    {
        { "list the licenses", IntentKind.ListLicenses, null },
        { "liste les licences", IntentKind.ListLicenses, null },
        { "show the calling plans", IntentKind.ListLicenses, "DomesticCallingPlan" },
        { "show the Teams Phone licenses", IntentKind.ListLicenses, "PhoneSystem" },
        { "affiche le détail des forfaits d'appels", IntentKind.ShowObject, null },
        { "lower the calling plan subscription to 3 licenses", IntentKind.BuyLicenses, "DomesticCallingPlan" },
        { "réduis l'abonnement forfait d'appels à 3 licences", IntentKind.BuyLicenses, "DomesticCallingPlan" },
        { "delete the calling plan subscription", IntentKind.RemoveObject, null },
        { "supprime l'abonnement forfait d'appels", IntentKind.RemoveLicense, "DomesticCallingPlan" },
        { "what licenses does Oliver have?", IntentKind.ListLicenses, null },
        { "quelles sont les licences de Lucas ?", IntentKind.ListLicenses, null },
        { "people without a calling plan", IntentKind.AssignLicense, "DomesticCallingPlan" },
        { "assign Teams Phone to everyone in Sales", IntentKind.AssignLicense, "PhoneSystem" },
        { "give a calling plan to everyone without a calling plan", IntentKind.AssignLicense, "DomesticCallingPlan" },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public void Utterance_ReachesTheFlowThatHandlesIt_WithTheLicenseNamed(string text, IntentKind kind, string? sku)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        // Understood, or below the bar with the flow offered first on the "did you mean…?" card.
        Assert.Equal(kind, intent.Kind == IntentKind.None && intent.Guesses.Count > 0 ? intent.Guesses[0].Kind : intent.Kind);
        if (sku is not null)
        {
            Assert.Equal(sku, intent.Slots.GetValueOrDefault(SlotNames.Sku));
        }
    }

    [Theory]
    [InlineData("affiche le détail des forfaits d'appels", "Subscription")]
    [InlineData("delete the calling plan subscription", "Subscription")]
    public void GenericSentences_NameTheSubscriptionKind(string text, string kind) =>
        Assert.Equal(kind, RecognizerFixture.Recognizer.Recognize(text, null).Slots.GetValueOrDefault(SlotNames.ObjectKind));

    [Theory]
    [InlineData("reduce the calling plan subscription to 3", 5, 3)]
    [InlineData("réduis l'abonnement forfait d'appels à 3 licences", 5, 3)]
    [InlineData("buy 2 more calling plans", 5, 7)]
    [InlineData("ajoute deux licences Teams Phone", 5, 7)]
    [InlineData("give back 2 Teams Phone licenses", 5, 3)]
    [InlineData("réduis de 2 les licences E5", 5, 3)]
    [InlineData("set the MCOPSTN1 licenses to 10", 5, 10)]
    [InlineData("edit the calling plan subscription", 5, null)]
    public void TheCountASentenceAsks_IsReadAgainstTodays(string text, int purchased, int? expected) =>
        Assert.Equal(expected, SubscriptionSentence.Target(text, purchased));

    [Theory]
    [InlineData("assign Teams Phone to everyone in Sales", "Sales", null, "", "")]
    [InlineData("attribue Teams Phone à tous les utilisateurs en France", null, "FR", "", "")]
    [InlineData("give a calling plan to all French users", null, "FR", "", "")]
    [InlineData("give a calling plan to everyone without a calling plan", null, null, "", "DomesticCallingPlan")]
    [InlineData("people without a calling plan", null, null, "", "DomesticCallingPlan")]
    [InlineData("qui n’a pas de forfait d’appels ?", null, null, "", "DomesticCallingPlan")]
    [InlineData("who has Teams Phone?", null, null, "PhoneSystem", "")]
    [InlineData("everyone in IT with an E5 license", "IT", null, "E5", "")]
    public void AGroupOfPeople_IsReadFromTheSentence(string text, string? department, string? country, string with, string without)
    {
        var audience = LicenseAudiences.Read(text, ["Sales", "IT", "Support"], [Sku.DomesticCallingPlan]);

        Assert.NotNull(audience);
        Assert.Equal(department, audience.Department);
        Assert.Equal(country, audience.Country);
        Assert.Equal(with, string.Join(",", audience.With));
        Assert.Equal(without, string.Join(",", audience.Without));
    }

    [Theory]
    [InlineData("list the licenses")]
    [InlineData("list all the calling plans")]
    [InlineData("assign Teams Phone to Alex")]
    [InlineData("show us the Teams Phone licenses")]
    public void SentencesWithoutAGroup_NameNone(string text) =>
        Assert.Null(LicenseAudiences.Read(text, ["Sales", "IT"], [Sku.PhoneSystem]));

    [Theory]
    [InlineData("buy 5 Teams Phone and 3 calling plans", "en-US", "PhoneSystem:5,DomesticCallingPlan:3")]
    [InlineData("buy 5 Teams Phone and calling plans", "en-US", "PhoneSystem:5,DomesticCallingPlan:5")]
    [InlineData("we need 20 audio conferencing licenses plus 4 Teams Phone", "en-US", "AudioConferencing:20,PhoneSystem:4")]
    [InlineData("achète cinq Teams Phone et trois forfaits d'appels", "fr-FR", "PhoneSystem:5,DomesticCallingPlan:3")]
    [InlineData("commande 12 licences Teams Phone ainsi que 12 forfaits d'appels internationaux", "fr-FR", "PhoneSystem:12,InternationalCallingPlan:12")]
    public void BuyingSeveralLicenses_PairsEachWithItsOwnCount(string text, string locale, string expected)
    {
        var read = RecognizerFixture.Recognizer.Recognize(text, locale);

        Assert.Equal(IntentKind.BuyLicenses, read.Kind);
        Assert.Equal(expected, read.Slots.GetValueOrDefault(SlotNames.SkuQuantities));
    }

    [Theory]
    [InlineData("buy 10 Teams Phone licenses", "en-US", "10")]
    [InlineData("achète 3 forfaits d'appels", "fr-FR", "3")]
    public void BuyingOneLicense_KeepsASingleQuantity(string text, string locale, string quantity)
    {
        var read = RecognizerFixture.Recognizer.Recognize(text, locale);

        Assert.Equal(quantity, read.Slots.GetValueOrDefault(SlotNames.Quantity));
        Assert.False(read.Slots.ContainsKey(SlotNames.SkuQuantities));
    }

    [Theory]
    [InlineData("reduce the calling plan subscription to 3", "en-US", "DomesticCallingPlan")]
    [InlineData("cut the audio conferencing licenses down to 4", "en-US", "AudioConferencing")]
    [InlineData("réduis l'abonnement forfait d'appels à 3", "fr-FR", "DomesticCallingPlan")]
    [InlineData("ramène les licences Teams Phone à 10", "fr-FR", "PhoneSystem")]
    public void SettingOneLicensesCount_ReachesThePurchaseFlow_ThatPlansTheNewTotal(string text, string locale, string sku)
    {
        var read = RecognizerFixture.Recognizer.Recognize(text, locale);

        Assert.Equal(IntentKind.BuyLicenses, read.Kind);
        Assert.Equal(sku, read.Slots.GetValueOrDefault(SlotNames.Sku));
    }
}
