using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Slots;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// "What happens when someone calls…?" and "press 1", in English and French, read from the words before the model: the
/// number dialled, when, and the keys in order; a short follow-up naming only a moment ("and on Sunday night?") asks the
/// same call again then; questions about a queue's own settings and commands opened by "and" stay with their flows.
/// </summary>
public sealed class CallSimulationUtteranceTests
{
    public static TheoryData<string, string?, string?, string?> Calls => new()
    {
        { "what happens when someone calls +33 1 80 00 00 00 on Sunday at 8pm?", "+33180000000", "20:00", null },
        { "what would happen if a customer dialled +1 425 555 0100 and pressed 2 then 1?", "+14255550100", null, "2,1" },
        { "simulate a call to the Sales queue", null, null, null },
        { "where do calls to +44 20 7946 0000 go at 7am?", "+442079460000", "07:00", null },
        { "que se passe-t-il si on appelle le +33 1 80 00 00 00 dimanche à 20 h ?", "+33180000000", "20:00", null },
        { "qu'est-ce qui se passe quand on appelle le standard et qu'on tape 3 ?", null, null, "3" },
        { "simule un appel vers la file Ventes demain à 9 h", null, "09:00", null },
        { "press 1", null, null, "1" },
        { "and if I press 0?", null, null, "0" },
        { "appuie sur la touche 2 puis sur 4", null, null, "2,4" },
        { "et si j'appuie sur 9 ?", null, null, "9" },
        { "and on December 25 at 10am?", null, "10:00", null },
        { "what about Sunday night?", null, "21:00", null },
        { "how about tomorrow morning", null, "10:00", null },
        { "et le 25 décembre à 10 h ?", null, "10:00", null },
        { "et si c’est dimanche soir ?", null, "18:00", null },
        { "et samedi à 14h30 ?", null, "14:30", null },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void ACallToSimulate_IsReadWithItsNumberTimeAndKeys(string text, string? number, string? time, string? keys)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(IntentKind.SimulateCall, intent.Kind);
        Assert.Equal(number, intent.Slots.GetValueOrDefault(SlotNames.PhoneNumber));
        Assert.Equal(time, intent.Slots.GetValueOrDefault(CallSimulationSlots.When)?[11..]);
        Assert.Equal(keys, intent.Slots.GetValueOrDefault(CallSimulationSlots.Keys));
    }

    [Theory]
    [InlineData("who answers the Support queue?")]
    [InlineData("what happens when the Support queue is full?")]
    [InlineData("create an auto attendant Main line, press 1 for Sales and 2 for Support")]
    [InlineData("what's my number?")]
    [InlineData("appuie-toi sur la documentation pour créer une file")]
    [InlineData("and add a holiday Christmas on December 25 to Main line")]
    [InlineData("et ajoute un jour férié le 25 décembre au standard")]
    [InlineData("and the Sales queue?")]
    [InlineData("et montre-moi les numéros de lundi")]
    public void OtherSentences_AreNotCallsToSimulate(string text) =>
        Assert.NotEqual(IntentKind.SimulateCall, RecognizerFixture.Recognizer.Recognize(text, null).Kind);
}
