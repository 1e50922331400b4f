using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

public sealed class ProfileUtteranceTests
{
    public static TheoryData<string, IntentKind, string> Utterances => new()
    {
        { "our company is called Fabrikam", IntentKind.SetOrganisationProfile, "organisationName=Fabrikam" },
        { "Our organization's name is Northwind Traders.", IntentKind.SetOrganisationProfile, "organisationName=Northwind Traders" },
        { "rename our company to Tailspin Toys", IntentKind.SetOrganisationProfile, "organisationName=Tailspin Toys" },
        { "set the company name to “Wide World Importers”", IntentKind.SetOrganisationProfile, "organisationName=Wide World Importers" },
        { "we are called Adventure Works", IntentKind.SetOrganisationProfile, "organisationName=Adventure Works" },
        { "notre entreprise s'appelle Fabrikam", IntentKind.SetOrganisationProfile, "organisationName=Fabrikam" },
        { "le nom de notre société est Société Générale Bis", IntentKind.SetOrganisationProfile, "organisationName=Société Générale Bis" },
        { "notre organisation se nomme désormais Les Ateliers Réunis", IntentKind.SetOrganisationProfile, "organisationName=Les Ateliers Réunis" },
        { "set our default country to France", IntentKind.SetOrganisationProfile, "country=FR" },
        { "our default country is Japan", IntentKind.SetOrganisationProfile, "country=JP" },
        { "le pays par défaut est la France", IntentKind.SetOrganisationProfile, "country=FR" },
        { "notre pays par défaut devient l'Allemagne", IntentKind.SetOrganisationProfile, "country=DE" },
        { "our billing currency is EUR", IntentKind.SetOrganisationProfile, "currency=EUR" },
        { "we pay in pounds sterling", IntentKind.SetOrganisationProfile, "currency=GBP" },
        { "notre devise de facturation est l'euro", IntentKind.SetOrganisationProfile, "currency=EUR" },
        { "nous payons en francs suisses", IntentKind.SetOrganisationProfile, "currency=CHF" },
        { "our billing currency is bitcoin", IntentKind.SetOrganisationProfile, "currency=bitcoin" },
        { "our company is called Fabrikam and our billing currency is GBP", IntentKind.SetOrganisationProfile, "currency=GBP; organisationName=Fabrikam" },
        { "notre entreprise s'appelle Fabrikam, notre pays par défaut est la Belgique et notre devise est l'euro", IntentKind.SetOrganisationProfile, "country=BE; currency=EUR; organisationName=Fabrikam" },
        { "show our organisation profile", IntentKind.ShowOrganisationProfile, "" },
        { "what's our company profile?", IntentKind.ShowOrganisationProfile, "" },
        { "affiche le profil de notre organisation", IntentKind.ShowOrganisationProfile, "" },
        { "profil de l'entreprise", IntentKind.ShowOrganisationProfile, "" },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public void Utterance_IsRecognisedWithItsSlots(string text, IntentKind kind, string slots)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(kind, intent.Kind);
        Assert.Equal(RecognizerFixture.Describe(slots), RecognizerFixture.Describe(intent.Slots));
    }

    [Theory]
    [InlineData("our company is based in France")]
    [InlineData("the company is not answering my calls")]
    [InlineData("find 5 numbers in Seattle")]
    public void SentencesAboutSomethingElse_ChangeNothingInTheProfile(string text)
    {
        // Read as the profile at most ("our company is based in France" may open it), never as a new name or value.
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.True(
            intent.Kind != IntentKind.SetOrganisationProfile || intent.Slots.Count == 0,
            $"{intent.Kind} with {RecognizerFixture.Describe(intent.Slots)}");
    }
}
