using ChatPhone.Bot.Flows.Objects.Services;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// The bridge, credits, ticket and helpdesk channel sentences (of this test, not of the corpus): read as a generic intent
/// they name the right kind, and the handlers read what to change from them. Typed, most of them reach the generic
/// intents through <c>ObjectOperations</c> (see <c>ObjectOperationUtteranceTests</c>).
/// </summary>
public sealed class ServiceObjectUtteranceTests
{
    public static TheoryData<IntentKind, string, string, ObjectKind> KindSentences => new()
    {
        { IntentKind.ShowObject, "show the conferencing bridge", "en-US", ObjectKind.ConferenceBridge },
        { IntentKind.ChangeObject, "renomme le pont de conférence en Réunions", "fr-FR", ObjectKind.ConferenceBridge },
        { IntentKind.RemoveObject, "take +12065550150 off the conference bridge", "en-US", ObjectKind.ConferenceBridge },
        { IntentKind.ShowObject, "montre les crédits de communication", "fr-FR", ObjectKind.Credits },
        { IntentKind.ChangeObject, "turn on auto-recharge at 50 with 100", "en-US", ObjectKind.Credits },
        { IntentKind.RemoveObject, "désactive la recharge automatique", "fr-FR", ObjectKind.Credits },
        { IntentKind.ListObjects, "list my tickets", "en-US", ObjectKind.Ticket },
        { IntentKind.ChangeObject, "confie le ticket T-1001 à Priya", "fr-FR", ObjectKind.Ticket },
        { IntentKind.ShowObject, "which channel gets the helpdesk tickets? show the helpdesk channel", "en-US", ObjectKind.HelpdeskChannel },
        { IntentKind.RemoveObject, "n’utilise plus le canal du support", "fr-FR", ObjectKind.HelpdeskChannel },
    };

    [Theory]
    [MemberData(nameof(KindSentences))]
    public void ServiceSentence_ReadAsTheGenericIntent_NamesTheKind(IntentKind intent, string text, string locale, ObjectKind kind)
    {
        var read = RecognizerFixture.Recognizer.RecognizeAs(intent, text, locale);

        Assert.Equal(kind.ToString(), read.Slots.GetValueOrDefault(SlotNames.ObjectKind));
    }

    [Theory]
    [InlineData("turn on auto-recharge at 50 with 100", 50, 100d)]
    [InlineData("active la recharge automatique à 50 avec 100", 50, 100d)]
    [InlineData("set the credits threshold to 20", 20, null)]
    [InlineData("passe le seuil des crédits à 20,50", 20.5, null)]
    [InlineData("recharge 100 credits when the balance falls below 25", 25, null)]
    public void CreditsSentence_ReadsTheThresholdAndTheAmount(string text, double threshold, double? amount)
    {
        var edit = CreditsEdit.Read(text);

        Assert.False(edit.Off);
        Assert.Equal((decimal)threshold, edit.Threshold);
        Assert.Equal(amount is { } a ? (decimal)a : null, edit.Amount);
    }

    [Theory]
    [InlineData("turn off auto-recharge")]
    [InlineData("désactive la recharge automatique")]
    public void CreditsSentence_TurningOff_PlansNothingElse(string text) =>
        Assert.Equal(new CreditsEdit(true, null, null), CreditsEdit.Read(text));

    [Theory]
    [InlineData("rename the conferencing bridge to Contoso Meetings", "Contoso Meetings", null, null, null)]
    [InlineData("renomme le pont de conférence en « Réunions Contoso »", "Réunions Contoso", null, null, null)]
    [InlineData("make +1 206 555 0150 the default number of the bridge", null, "+12065550150", null, null)]
    [InlineData("add +1 (206) 555-0199 to the bridge", null, null, "+12065550199", null)]
    [InlineData("retire le +12065550150 du pont", null, null, null, "+12065550150")]
    public void BridgeSentence_ReadsTheNameAndTheNumbers(string text, string? name, string? @default, string? add, string? remove)
    {
        var bridge = new ConferenceBridge("b", "Conference Bridge", "US",
            [new BridgeNumber("+13125550140", NumberType.ConferenceToll, true, "Chicago"), new BridgeNumber("+12065550150", NumberType.ConferenceToll, false, "Seattle")],
            "+13125550140", DateTimeOffset.UnixEpoch);

        var edit = BridgeSentence.Read(text, bridge, []);

        Assert.Equal((name, @default, add, remove), (edit.Name, edit.DefaultNumber, edit.AddNumber, edit.RemoveNumber));
    }

    [Theory]
    [InlineData("set the PIN length to 7 and turn off entry and exit announcements", 7, false)]
    [InlineData("passe la longueur du code PIN à 6", 6, null)]
    public void BridgeSentence_ReadsTheSettings(string text, int pin, bool? announcements)
    {
        var bridge = new ConferenceBridge("b", "Conference Bridge", "US", [], null, DateTimeOffset.UnixEpoch);

        var edit = BridgeSentence.Read(text, bridge, []);

        Assert.Equal((pin, announcements), (edit.PinLength, edit.Announcements));
    }
}
