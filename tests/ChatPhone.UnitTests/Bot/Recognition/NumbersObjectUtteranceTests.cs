using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// Sentences about phone numbers, number orders and port orders that the corpus does not hold: the intent each lands on
/// (the numbers' own list and location intents, which answer with the same lists and plans as the object handlers), and
/// the kind of object their words name.
/// </summary>
public sealed class NumbersObjectUtteranceTests
{
    public static TheoryData<string, IntentKind> Routes => new()
    {
        { "show me the spare numbers in Lyon", IntentKind.ListNumbers },
        { "quels numéros géographiques sont libres à Paris ?", IntentKind.ListNumbers },
        { "list the unassigned toll-free numbers in France", IntentKind.ListNumbers },
        { "are our number transfers done yet?", IntentKind.ListPortOrders },
        { "où en est mon transfert ?", IntentKind.ListPortOrders },
        { "list the open port orders", IntentKind.ListPortOrders },
        { "which number orders are still open?", IntentKind.ListNumberRequests },
        { "montre nos commandes de numéros en cours", IntentKind.ListNumberRequests },
        { "use the Contoso Lyon address for +33 1 84 88 00 07", IntentKind.SetEmergencyLocation },
        { "change l'emplacement d'urgence du +33 1 84 88 00 02 pour Contoso Lyon", IntentKind.SetEmergencyLocation },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public void Sentence_LandsOnTheIntentTheNumbersHandlersAnswer(string text, IntentKind intent) =>
        Assert.Equal(intent, RecognizerFixture.Recognizer.Recognize(text, null).Kind);

    [Theory]
    [InlineData("the port order of +1 206 555 0150", ObjectKind.PortOrder)]
    [InlineData("annule mon transfert", ObjectKind.PortOrder)]
    [InlineData("the number order for Paris", ObjectKind.NumberOrder)]
    [InlineData("la commande de numéros de Lyon", ObjectKind.NumberOrder)]
    [InlineData("release the phone number +33 1 84 88 00 02", ObjectKind.PhoneNumber)]
    [InlineData("les numéros verts", ObjectKind.PhoneNumber)]
    public void KindWords_NameTheKind(string text, ObjectKind kind) =>
        Assert.Equal(kind, ObjectSlots.Find(TextFolding.Fold(text)));
}
