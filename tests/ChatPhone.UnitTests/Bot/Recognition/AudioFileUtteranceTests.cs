using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Slots;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// Audio files by chat, in English and French, read from the words before the model: list, show and remove with the
/// file named; beside an attachment, what the file is for and which voice app, the name kept as typed.
/// </summary>
public sealed class AudioFileUtteranceTests
{
    [Theory]
    [InlineData("list the audio files", "list", null)]
    [InlineData("what audio files do we have?", "list", null)]
    [InlineData("liste les fichiers audio", "list", null)]
    [InlineData("quels fichiers audio sont importés ?", "list", null)]
    [InlineData("show welcome.wav", "show", "welcome.wav")]
    [InlineData("affiche le fichier audio Accueil-Standard.mp3", "show", "Accueil-Standard.mp3")]
    [InlineData("remove the audio file hold.mp3", "remove", "hold.mp3")]
    [InlineData("supprime le fichier audio « attente.wma »", "remove", "attente.wma")]
    [InlineData("delete welcome.wav", "remove", "welcome.wav")]
    [InlineData("upload an audio file", "upload", null)]
    [InlineData("audio files", "list", null)]
    [InlineData("Our audio files?", "list", null)]
    [InlineData("Fichiers audio", "list", null)]
    [InlineData("nos enregistrements sonores", "list", null)]
    public void AnAudioFileSentence_IsReadWithItsActionAndFile(string text, string action, string? name)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(IntentKind.AudioFiles, intent.Kind);
        Assert.Equal(action, intent.Slots.GetValueOrDefault(AudioFileSlots.Action));
        Assert.Equal(name, intent.Slots.GetValueOrDefault(AudioFileSlots.Name));
    }

    [Theory]
    [InlineData("press 1 for Sales, 2 for Support")]
    [InlineData("change the menu of Reception: greeting file welcome.wav")]
    [InlineData("show the Sales queue")]
    [InlineData("list my numbers")]
    public void OtherSentences_StayWithTheirFlows(string text) =>
        Assert.NotEqual(IntentKind.AudioFiles, RecognizerFixture.Recognizer.Recognize(text, null).Kind);

    [Theory]
    [InlineData("music on hold for the Sales queue", "MusicOnHold", "Sales", "Queue")]
    [InlineData("use this as the greeting of “Main line”, please", "Greeting", "Main line", "Any")]
    [InlineData("voici le message d’accueil du standard", "Greeting", null, "Attendant")]
    [InlineData("musique d’attente de la file Ventes", "MusicOnHold", "Ventes", "Queue")]
    [InlineData("message d'accueil du standard automatique Accueil Contoso", "Greeting", "Accueil Contoso", "Attendant")]
    [InlineData("importe", "None", null, "Any")]
    public void WordsBesideAFile_SayItsUseAndVoiceApp(string text, string purpose, string? target, string kind)
    {
        var words = AudioFileSlots.ReadUpload(text);

        Assert.Equal((purpose, target, kind), (words.Purpose.ToString(), words.Target, words.Kind.ToString()));
    }
}
