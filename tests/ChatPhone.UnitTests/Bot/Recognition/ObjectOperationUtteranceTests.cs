using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// Typed sentences (of this test, not of the corpus) that do something to one ticket, port order, number order, the
/// bridge, the credits account, the helpdesk channel or one phone number reach the generic object intent with its kind,
/// through the committed model and the operation its verbs state; the sentences that list, set up or ask stay where
/// they were.
/// </summary>
public sealed class ObjectOperationUtteranceTests
{
    public static TheoryData<string, string, IntentKind, ObjectKind> OneObject => new()
    {
        { "resolve ticket T-1001", "en-US", IntentKind.RemoveObject, ObjectKind.Ticket },
        { "close ticket T-1004, the caller can dial out again", "en-US", IntentKind.RemoveObject, ObjectKind.Ticket },
        { "hand ticket T-1001 over to Priya", "en-US", IntentKind.ChangeObject, ObjectKind.Ticket },
        { "show ticket T-1001", "en-US", IntentKind.ShowObject, ObjectKind.Ticket },
        { "ferme le ticket T-1004", "fr-FR", IntentKind.RemoveObject, ObjectKind.Ticket },
        { "confie le ticket T-1001 à Priya", "fr-FR", IntentKind.ChangeObject, ObjectKind.Ticket },
        { "montre le ticket T-1001", "fr-FR", IntentKind.ShowObject, ObjectKind.Ticket },
        { "cancel the port order port-open", "en-US", IntentKind.RemoveObject, ObjectKind.PortOrder },
        { "annule la commande de portage port-open", "fr-FR", IntentKind.RemoveObject, ObjectKind.PortOrder },
        { "affiche la commande de portage port-open", "fr-FR", IntentKind.ShowObject, ObjectKind.PortOrder },
        { "cancel number order ord-open", "en-US", IntentKind.RemoveObject, ObjectKind.NumberOrder },
        { "annule la commande de numéros ord-open", "fr-FR", IntentKind.RemoveObject, ObjectKind.NumberOrder },
        { "rename the conferencing bridge to Contoso Meetings", "en-US", IntentKind.ChangeObject, ObjectKind.ConferenceBridge },
        { "remove +12065550150 from the conferencing bridge", "en-US", IntentKind.RemoveObject, ObjectKind.ConferenceBridge },
        { "affiche le pont de conférence", "fr-FR", IntentKind.ShowObject, ObjectKind.ConferenceBridge },
        { "retire le +12065550150 du pont de conférence", "fr-FR", IntentKind.RemoveObject, ObjectKind.ConferenceBridge },
        { "set the credits threshold to 20", "en-US", IntentKind.ChangeObject, ObjectKind.Credits },
        { "passe le seuil des crédits à 20", "fr-FR", IntentKind.ChangeObject, ObjectKind.Credits },
        { "montre la recharge automatique", "fr-FR", IntentKind.ShowObject, ObjectKind.Credits },
        { "show the helpdesk channel", "en-US", IntentKind.ShowObject, ObjectKind.HelpdeskChannel },
        { "quel est le canal du support ?", "fr-FR", IntentKind.ShowObject, ObjectKind.HelpdeskChannel },
        { "show the phone number +33 1 84 88 00 02", "en-US", IntentKind.ShowObject, ObjectKind.PhoneNumber },
        { "details of the number +44 20 7946 0321", "en-US", IntentKind.ShowObject, ObjectKind.PhoneNumber },
        { "montre le numéro +33 1 84 88 00 02", "fr-FR", IntentKind.ShowObject, ObjectKind.PhoneNumber },
        { "détails du numéro +12065550100", "fr-FR", IntentKind.ShowObject, ObjectKind.PhoneNumber },
    };

    [Theory]
    [MemberData(nameof(OneObject))]
    public void ASentenceDoingSomethingToOneObject_IsTheGenericIntent_WithItsKind(string text, string locale, IntentKind intent, ObjectKind kind)
    {
        var read = RecognizerFixture.Recognizer.Recognize(text, locale);

        Assert.Equal(intent, read.Kind);
        Assert.Equal(kind.ToString(), read.Slots.GetValueOrDefault(SlotNames.ObjectKind));
    }

    [Theory]
    [InlineData("show the open tickets", "en-US", IntentKind.ListTickets)]
    [InlineData("give me the open tickets", "en-US", IntentKind.ListTickets)]
    [InlineData("affiche les tickets ouverts", "fr-FR", IntentKind.ListTickets)]
    [InlineData("où en est mon transfert ?", "fr-FR", IntentKind.ListPortOrders)]
    [InlineData("set up audio conferencing in France", "en-US", IntentKind.SetupConferencing)]
    [InlineData("what's our credits balance?", "en-US", IntentKind.CreditsBalance)]
    [InlineData("turn off auto-recharge", "en-US", IntentKind.SetAutoRecharge)]
    [InlineData("use this channel for helpdesk tickets", "en-US", IntentKind.UseHelpdeskChannel)]
    [InlineData("release +1 206 555 0100", "en-US", IntentKind.ReleaseNumber)]
    [InlineData("give +33 1 84 88 00 02 to Lucas", "en-US", IntentKind.AssignNumber)]
    public void SentencesThatListSetUpOrAct_StayWithTheirIntent(string text, string locale, IntentKind intent) =>
        Assert.Equal(intent, RecognizerFixture.Recognizer.Recognize(text, locale).Kind);
}
