using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// Sentences about one call queue, not in the training corpus, in English and French: each resolves to the generic
/// show/change/remove intent with the call queue kind, which sends it to the call queue handler.
/// </summary>
public sealed class CallQueueObjectUtteranceTests
{
    public static TheoryData<string, IntentKind> Utterances => new()
    {
        { "rename the queue Sales to Ventes and raise the agent alert time to 45 s", IntentKind.ChangeObject },
        { "renomme la file Ventes en Support et passe le délai d'alerte à 20 secondes", IntentKind.ChangeObject },
        { "retire Lucas de la file Support", IntentKind.ChangeObject },
        { "raise the agent alert time of the Support queue to 60 s", IntentKind.ChangeObject },
        { "set the overflow threshold of the Sales queue to 500 calls", IntentKind.ChangeObject },
        { "passe le délai d'attente de la file Sales à 50 minutes", IntentKind.ChangeObject },
        { "set the timeout of the Sales queue to 5 minutes", IntentKind.ChangeObject },
        { "set the Sales queue to round robin", IntentKind.ChangeObject },
        { "edit the Sales queue", IntentKind.ChangeObject },
        { "show the Ventes queue", IntentKind.ShowObject },
        { "montre la file d'attente Support", IntentKind.ShowObject },
        { "delete the Ventes queue", IntentKind.RemoveObject },
        { "supprime la file d'attente Sales", IntentKind.RemoveObject },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public void Utterance_IsTheGenericIntent_OnACallQueue(string text, IntentKind kind)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(kind, intent.Kind);
        Assert.Equal(nameof(ObjectKind.CallQueue), intent.Slots.GetValueOrDefault(SlotNames.ObjectKind));
    }
}
