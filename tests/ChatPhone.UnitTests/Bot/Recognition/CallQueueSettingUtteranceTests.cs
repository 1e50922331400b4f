using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// Sentences naming a call queue's greeting, music and exception actions, not in the training corpus, in English and
/// French: a change lands on the generic change intent with the call queue kind, a creation (however many settings
/// follow) on the creation of a queue, and adding people on adding agents, never on creation.
/// </summary>
public sealed class CallQueueSettingUtteranceTests
{
    public static TheoryData<string, IntentKind> Utterances => new()
    {
        { "when no agent is available in the Sales queue, send new calls to voicemail of Sam", IntentKind.ChangeObject },
        { "sans agent dans la file Ventes, transférer vers la messagerie de Lucas", IntentKind.ChangeObject },
        { "si plus de 5 appels attendent dans la file Ventes, renvoie vers le standard Accueil", IntentKind.ChangeObject },
        { "the Sales queue overflow goes to the Support queue", IntentKind.ChangeObject },
        { "change the greeting of the Sales queue to \"Hello there\"", IntentKind.ChangeObject },
        { "mets la musique d'attente par défaut sur la file Ventes", IntentKind.ChangeObject },
        { "turn off conference mode on the Sales queue", IntentKind.ChangeObject },
        { "set the timeout action of the Sales queue to forward to +1 206 555 0100", IntentKind.ChangeObject },
        { "retire Lucas de la file d’attente Ventes", IntentKind.ChangeObject },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public void Utterance_IsAChangeOfACallQueue(string text, IntentKind kind)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(kind, intent.Kind);
        Assert.Equal(nameof(ObjectKind.CallQueue), intent.Slots.GetValueOrDefault(SlotNames.ObjectKind));
    }

    [Theory]
    [InlineData("create a call queue Sales with greeting 'Thanks for calling', agents Alex and Sam, overflow after 10 calls to voicemail of Megan, timeout 5 minutes then forward to +33 1 23 45 67 89", "Sales")]
    [InlineData("crée une file d’attente Ventes avec le message d’accueil « Merci de votre appel », les agents Alex et Inès, débordement après 10 appels vers la file Support", "Ventes")]
    public void ALongCreationSentence_CreatesTheQueue(string text, string name)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(IntentKind.CreateCallQueue, intent.Kind);
        Assert.Equal(name, intent.Slots.GetValueOrDefault(SlotNames.Name));
    }

    [Theory]
    [InlineData("ajoute Alex à la file d'attente Ventes", "Ventes")]
    [InlineData("ajoute Alex et Inès à la file d’attente Ventes", "Ventes")]
    [InlineData("add Alex and Sam to the Sales queue", "Sales")]
    public void AddingPeopleToAQueue_AddsAgents_NeverCreatesAQueue(string text, string name)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(IntentKind.AddQueueAgents, intent.Kind);
        Assert.Equal(name, intent.Slots.GetValueOrDefault(SlotNames.Name));
    }
}
