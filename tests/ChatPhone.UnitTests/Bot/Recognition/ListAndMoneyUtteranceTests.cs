using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// The list views, queue agents, auto-recharge and money-with-currency sentences, in English and French: the intent
/// (for now from the temporary patterns) and the rule-based slots the flows read.
/// </summary>
public sealed class ListAndMoneyUtteranceTests
{
    public static TheoryData<string, string, IntentKind, string> Utterances => new()
    {
        { "what licenses do we have?", "en-US", IntentKind.ListLicenses, "" },
        { "how many Teams Phone licenses are left?", "en-US", IntentKind.ListLicenses, "sku=PhoneSystem" },
        { "quelles licences avons-nous ?", "fr-FR", IntentKind.ListLicenses, "" },
        { "combien de licences Teams Phone nous reste-t-il ?", "fr-FR", IntentKind.ListLicenses, "sku=PhoneSystem" },
        { "show our number requests", "en-US", IntentKind.ListNumberRequests, "" },
        { "affiche nos demandes de numéros", "fr-FR", IntentKind.ListNumberRequests, "" },
        { "show the port orders", "en-US", IntentKind.ListPortOrders, "" },
        { "où en sont nos transferts de numéros ?", "fr-FR", IntentKind.ListPortOrders, "" },
        { "list the call queues", "en-US", IntentKind.ListCallQueues, "" },
        { "affiche les files d'attente", "fr-FR", IntentKind.ListCallQueues, "" },
        { "add Alex to the Sales queue", "en-US", IntentKind.AddQueueAgents, "name=Sales; person=Alex" },
        { "add Alex and Sam to the call queue Support", "en-US", IntentKind.AddQueueAgents, "name=Support; people=Alex,Sam" },
        { "ajoute Chloé et Inès à la file Support", "fr-FR", IntentKind.AddQueueAgents, "name=Support; people=Chloé,Inès" },
        { "ajoute Lucas à la file d’attente Ventes", "fr-FR", IntentKind.AddQueueAgents, "name=Ventes; person=Lucas" },
        { "turn on auto-recharge: add 20 € when the balance drops below 5 €", "en-US", IntentKind.SetAutoRecharge, "amount=20; currency=EUR; threshold=5" },
        { "turn on auto-recharge: add $50 when the balance falls below $10", "en-US", IntentKind.SetAutoRecharge, "amount=50; currency=USD; threshold=10" },
        { "set up auto recharge of 40 when credits are under 15", "en-US", IntentKind.SetAutoRecharge, "amount=40; threshold=15" },
        { "turn on auto-recharge: add 20 € when the balance drops below $5", "en-US", IntentKind.SetAutoRecharge, "amount=20; currency=EUR,USD; threshold=5" },
        { "turn off auto-recharge", "en-US", IntentKind.SetAutoRecharge, "enabled=false" },
        { "active la recharge automatique : ajoute 20 € quand le solde passe sous 5 €", "fr-FR", IntentKind.SetAutoRecharge, "amount=20; currency=EUR; threshold=5" },
        { "désactive la recharge automatique", "fr-FR", IntentKind.SetAutoRecharge, "enabled=false" },
        { "add £30 of communications credits", "en-US", IntentKind.FundCredits, "amount=30; currency=GBP" },
        { "add 30 pounds of communications credits", "en-US", IntentKind.FundCredits, "amount=30; currency=GBP" },
        { "add EUR 40 of communications credits", "en-US", IntentKind.FundCredits, "amount=40; currency=EUR" },
        { "add 50 of communications credits", "en-US", IntentKind.FundCredits, "amount=50" },
        { "ajoute 50 dollars de crédits de communication", "fr-FR", IntentKind.FundCredits, "amount=50; currency=USD" },
        { "buy 3 Teams Phone Resource Account licenses", "en-US", IntentKind.BuyLicenses, "quantity=3; sku=ResourceAccount" },
        { "buy 2 Teams Phone and 1 Teams Phone Resource Account licenses", "en-US", IntentKind.BuyLicenses, "skuQuantities=PhoneSystem:2,ResourceAccount:1; skus=PhoneSystem,ResourceAccount" },
        { "buy 2 resource account licenses", "en-US", IntentKind.BuyLicenses, "quantity=2; sku=ResourceAccount" },
        { "buy 4 PHONESYSTEM_VIRTUALUSER licenses", "en-US", IntentKind.BuyLicenses, "quantity=4; sku=ResourceAccount" },
        { "achète 2 licences de compte de ressources", "fr-FR", IntentKind.BuyLicenses, "quantity=2; sku=ResourceAccount" },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public void Recognize_ListQueueOrMoneyUtterance_YieldsIntentAndSlots(string text, string locale, IntentKind kind, string slots)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, locale);

        Assert.Equal((kind, RecognizerFixture.Describe(slots)), (intent.Kind, RecognizerFixture.Describe(intent.Slots)));
    }
}
