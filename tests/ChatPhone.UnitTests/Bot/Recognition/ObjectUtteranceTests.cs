using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Slots;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// The generic list/show/change/remove intents and the kind of object each sentence is about, in both languages, on
/// sentences the corpus does not hold; and the neighbours that must keep their own intent.
/// </summary>
public sealed class ObjectUtteranceTests
{
    public static TheoryData<string, IntentKind, ObjectKind> Utterances => new()
    {
        { "show me the Billing queue please", IntentKind.ShowObject, ObjectKind.CallQueue },
        { "affiche la file d'attente Facturation", IntentKind.ShowObject, ObjectKind.CallQueue },
        { "how is the Reception auto attendant set up?", IntentKind.ShowObject, ObjectKind.AutoAttendant },
        { "rename the Billing queue to Invoices", IntentKind.ChangeObject, ObjectKind.CallQueue },
        { "renomme le standard Accueil en Standard Lyon", IntentKind.ChangeObject, ObjectKind.AutoAttendant },
        { "delete the call queue Returns", IntentKind.RemoveObject, ObjectKind.CallQueue },
        { "supprime le compte de ressources aa-accueil@contoso.com", IntentKind.RemoveObject, ObjectKind.ResourceAccount },
        { "remove the Easter Monday holiday", IntentKind.RemoveObject, ObjectKind.Holiday },
        { "quels standards automatiques avons-nous ?", IntentKind.ListObjects, ObjectKind.AutoAttendant },
        { "list our resource accounts", IntentKind.ListObjects, ObjectKind.ResourceAccount },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public void Sentence_IsTheGenericIntent_OnTheKindItNames(string text, IntentKind intent, ObjectKind kind)
    {
        var recognised = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(intent, recognised.Kind);
        Assert.Equal(kind.ToString(), recognised.Slots.GetValueOrDefault(SlotNames.ObjectKind));
        Assert.Equal(text, recognised.Text);
    }

    [Fact]
    public void NameThatIsAlsoAnIntentWord_IsOfferedFirst_WhenNotSureEnough()
    {
        // "Helpdesk" pulls toward help; below the bar, the "did you mean…?" card must still offer showing the queue first.
        var recognised = RecognizerFixture.Recognizer.Recognize("show me the Helpdesk queue please", null);

        Assert.True(recognised.Kind == IntentKind.ShowObject || recognised.Guesses[0].Kind == IntentKind.ShowObject);
    }

    [Theory]
    [InlineData("list the call queues", IntentKind.ListCallQueues)]
    [InlineData("add Théo to the Billing queue", IntentKind.AddQueueAgents)]
    [InlineData("create a call queue named Returns", IntentKind.CreateCallQueue)]
    [InlineData("remove the calling plan from Oliver", IntentKind.RemoveLicense)]
    public void Neighbour_KeepsItsOwnIntent(string text, IntentKind intent) =>
        Assert.Equal(intent, RecognizerFixture.Recognizer.Recognize(text, null).Kind);

    [Theory]
    [InlineData("the resource account of the Sales queue", ObjectKind.ResourceAccount)]
    [InlineData("le jour férié Noël du standard Accueil", ObjectKind.Holiday)]
    [InlineData("the 3rd floor location of the Contoso Paris address", ObjectKind.EmergencyLocation)]
    [InlineData("l'adresse d'urgence Contoso Lyon", ObjectKind.EmergencyAddress)]
    [InlineData("the Main line AA", ObjectKind.AutoAttendant)]
    [InlineData("la CQ Support", ObjectKind.CallQueue)]
    [InlineData("the phone number of the Sales queue", ObjectKind.CallQueue)]
    [InlineData("the unassigned numbers in Paris", ObjectKind.PhoneNumber)]
    [InlineData("le numéro +33 1 23 45 67 89", ObjectKind.PhoneNumber)]
    [InlineData("the toll-free service numbers", ObjectKind.PhoneNumber)]
    [InlineData("où en est mon transfert ?", ObjectKind.PortOrder)]
    [InlineData("the open port orders for the Paris numbers", ObjectKind.PortOrder)]
    [InlineData("les demandes de nouveaux numéros à Lille", ObjectKind.NumberOrder)]
    [InlineData("the Teams Phone Resource Account license", ObjectKind.ResourceAccount)]
    [InlineData("the calling plan licenses", ObjectKind.Subscription)]
    [InlineData("quels abonnements avons-nous ?", ObjectKind.Subscription)]
    [InlineData("the dial-in numbers of the bridge", ObjectKind.ConferenceBridge)]
    [InlineData("le pont de conférence", ObjectKind.ConferenceBridge)]
    [InlineData("the auto-recharge of the communications credits", ObjectKind.Credits)]
    [InlineData("le ticket 42 sur les numéros", ObjectKind.Ticket)]
    [InlineData("the helpdesk channel", ObjectKind.HelpdeskChannel)]
    public void MostSpecificKind_Wins(string text, ObjectKind kind) =>
        Assert.Equal(kind, ObjectSlots.Find(RecognitionInput.Fold(text)));

    [Fact]
    public void NoKindWord_NamesNoKind() =>
        Assert.Null(ObjectSlots.Find(RecognitionInput.Fold("show me Sales")));
}
