using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Classification;
using ChatPhone.Cards.Help;
using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Cards.Help;

public sealed class DidYouMeanCardTests
{
    public static TheoryData<string> Intents() => new(IntentCorpus.Intents.Where(i => i != IntentKind.None).Select(i => i.ToString()));

    [Theory]
    [MemberData(nameof(Intents))]
    public void EveryIntentTheModelCanOffer_HasAButtonLabel_InEnglishAndFrench(string intent)
    {
        var english = DidYouMeanCard.Label(intent, Language.English);
        var french = DidYouMeanCard.Label(intent, Language.French);

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.NotEqual(english, french);
    }

    [Fact]
    public void Card_OffersEachGuessWithTheSameSentence_ThenSomethingElse()
    {
        var card = DidYouMeanCard.Build("numéros, licences", ["ListNumbers", "ListLicenses"], Language.French);

        Assert.Equal(
            ["Lister nos numéros", "Afficher nos licences et ce qu’il en reste", "Autre chose"],
            card.Actions.Select(a => a.Title));
        Assert.All(card.Actions, a => Assert.Equal("numéros, licences", a.Data["text"]!.GetValue<string>()));
        Assert.Equal(["ListNumbers", "ListLicenses", DidYouMeanCard.SomethingElse], card.Actions.Select(a => a.Data["intent"]!.GetValue<string>()));
    }
}
