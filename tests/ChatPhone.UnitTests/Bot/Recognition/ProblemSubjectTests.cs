using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>A problem names a person only with a capital or an address: common words never become someone to check.</summary>
public sealed class ProblemSubjectTests
{
    [Theory]
    [InlineData(IntentKind.CheckPhoneSetup, "est-ce que ma ligne est en panne ?", "fr-FR")]
    [InlineData(IntentKind.CheckPhoneSetup, "is my line down or something?", "en-US")]
    [InlineData(IntentKind.ReportProblem, "mon téléphone est en panne depuis ce matin", "fr-FR")]
    public void OnesOwnLine_NamesNobody(IntentKind kind, string text, string locale)
    {
        var intent = RecognizerFixture.Recognizer.RecognizeAs(kind, text, locale);

        Assert.False(intent.Slots.ContainsKey(SlotNames.Person), RecognizerFixture.Describe(intent.Slots));
    }

    [Theory]
    [InlineData("la ligne de Chloé est en panne", "fr-FR", "Chloé")]
    [InlineData("check the phone of sam@contoso.com", "en-US", "sam@contoso.com")]
    public void SomeoneElsesLine_NamesThem(string text, string locale, string person)
    {
        var intent = RecognizerFixture.Recognizer.RecognizeAs(IntentKind.CheckPhoneSetup, text, locale);

        Assert.Equal(person, intent.Slots.GetValueOrDefault(SlotNames.Person));
    }
}
