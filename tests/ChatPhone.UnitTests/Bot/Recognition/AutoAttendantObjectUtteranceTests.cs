using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>Sentences about auto attendants and holidays as objects resolve to the generic intents with the right kind.</summary>
public sealed class AutoAttendantObjectUtteranceTests
{
    public static TheoryData<string, IntentKind, string> Utterances => new()
    {
        { "list the auto attendants", IntentKind.ListObjects, "AutoAttendant" },
        { "liste les standards automatiques", IntentKind.ListObjects, "AutoAttendant" },
        { "show the Main line auto attendant", IntentKind.ShowObject, "AutoAttendant" },
        { "montre le standard automatique Main line", IntentKind.ShowObject, "AutoAttendant" },
        { "rename the Main line auto attendant to Reception", IntentKind.ChangeObject, "AutoAttendant" },
        { "renomme le standard automatique Main line en Reception", IntentKind.ChangeObject, "AutoAttendant" },
        { "the Main line AA now opens at 8", IntentKind.ChangeObject, "AutoAttendant" },
        { "le standard Main line ouvre à 8 h du lundi au vendredi", IntentKind.ChangeObject, "AutoAttendant" },
        { "delete the Reception auto attendant", IntentKind.RemoveObject, "AutoAttendant" },
        { "supprime le standard automatique Reception", IntentKind.RemoveObject, "AutoAttendant" },
        { "list the holidays", IntentKind.ListObjects, "Holiday" },
        { "liste les jours fériés", IntentKind.ListObjects, "Holiday" },
        { "show the Christmas holiday", IntentKind.ShowObject, "Holiday" },
        { "montre le jour férié Noël", IntentKind.ShowObject, "Holiday" },
        { "delete the Christmas holiday", IntentKind.RemoveObject, "Holiday" },
        { "supprime le jour férié Noël", IntentKind.RemoveObject, "Holiday" },
        { "move the Christmas holiday to December 24-26", IntentKind.ChangeObject, "Holiday" },
        { "change la date du jour férié Noël au 24 décembre", IntentKind.ChangeObject, "Holiday" },
    };

    // No kind word: the flow finds the object by its name among those that exist.
    public static TheoryData<string, IntentKind> WithoutKind => new()
    {
        { "rename Main line to Reception", IntentKind.ChangeObject },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public void Utterance_IsTheGenericIntent_OnTheRightKind(string text, IntentKind kind, string objectKind)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(kind, intent.Kind);
        Assert.Equal(objectKind, intent.Slots.GetValueOrDefault(SlotNames.ObjectKind));
    }

    [Theory]
    [MemberData(nameof(WithoutKind))]
    public void UtteranceNamingNoKind_IsStillTheGenericIntent(string text, IntentKind kind)
    {
        Assert.Equal(kind, RecognizerFixture.Recognizer.Recognize(text, null).Kind);
    }
}
