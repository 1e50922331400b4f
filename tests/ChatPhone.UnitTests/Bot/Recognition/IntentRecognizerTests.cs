using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Bot.Recognition;

public sealed class IntentRecognizerTests
{
    private readonly IntentRecognizer _recognizer = RecognizerFixture.Recognizer;

    [Theory]
    [InlineData("help", IntentKind.Help, "en")]
    [InlineData("Help!", IntentKind.Help, "en")]
    [InlineData("aide", IntentKind.Help, "fr")]
    [InlineData("<at>ChatPhone</at> help", IntentKind.Help, "en")]
    [InlineData("what can you do?", IntentKind.Help, "en")]
    [InlineData("que sais-tu faire ?", IntentKind.Help, "fr")]
    [InlineData("what's my number?", IntentKind.MyNumber, "en")]
    [InlineData("What is my phone number", IntentKind.MyNumber, "en")]
    [InlineData("quel est mon numéro ?", IntentKind.MyNumber, "fr")]
    [InlineData("Quels sont mes numéros", IntentKind.MyNumber, "fr")]
    [InlineData("cancel", IntentKind.Cancel, "en")]
    [InlineData("annuler", IntentKind.Cancel, "fr")]
    [InlineData("laisse tomber", IntentKind.Cancel, "fr")]
    [InlineData("the weather is nice", IntentKind.None, "en")]
    [InlineData("je ne sais pas quoi faire", IntentKind.None, "fr")]
    public void Recognize_Utterance_YieldsIntentAndLanguage(string text, IntentKind kind, string language)
    {
        var intent = _recognizer.Recognize(text, "en-US");

        Assert.Equal((kind, language), (intent.Kind, intent.Language));
    }

    // Found by fuzzing (R4): any emoji (a surrogate pair) or a lone surrogate made recognition throw.
    [Fact]
    public void Recognize_EmojiAndLoneSurrogates_StillRecognizes()
    {
        var french = _recognizer.Recognize("quel est mon numéro ? 🇫🇷", "fr-FR");

        Assert.Equal(IntentKind.BuyLicenses, _recognizer.Recognize("buy 10 Phone System licenses 👍", "en-US").Kind);
        Assert.Equal((IntentKind.MyNumber, "fr"), (french.Kind, french.Language));
        Assert.Equal(IntentKind.MyNumber, _recognizer.Recognize("what's my number? \ud800", "en-US").Kind);
        Assert.Equal(IntentKind.None, _recognizer.Recognize("\udfff𝕏\u200D\u202E", "en-US").Kind);
    }

    [Fact]
    public void Recognize_HugeInput_IsCappedAndAnswers()
    {
        var intent = _recognizer.Recognize(new string('9', 1_000_000) + " help", null);

        Assert.Equal(IntentKind.None, intent.Kind);
    }

    [Fact]
    public void Recognize_LongInputWithIntentFirst_ReadsOnlyTheCappedText()
    {
        var text = "find 5 numbers in Seattle " + new string('x', IntentRecognizer.MaxInputLength) + " in Lyon";

        var intent = _recognizer.Recognize(text, "en-US");

        Assert.Equal((IntentKind.SearchNumbers, "Seattle"), (intent.Kind, intent.Slots["city"]));
    }

    [Theory]
    [InlineData("ok", "fr-FR", Language.French)]
    [InlineData("ok", "en-US", Language.English)]
    [InlineData(null, "fr-CA", Language.French)]
    [InlineData("where is my number", "fr-FR", Language.English)]
    [InlineData("où est mon numéro", "en-US", Language.French)]
    public void Detect_UsesWordsFirstAndLocaleAsTieBreak(string? text, string locale, Language expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text, locale));
}
