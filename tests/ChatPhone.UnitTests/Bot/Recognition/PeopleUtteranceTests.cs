using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>Listing or showing the directory's people is read from the whole sentence, in English and French.</summary>
public sealed class PeopleUtteranceTests
{
    [Theory]
    [InlineData("list the people", "en-US", IntentKind.ListObjects)]
    [InlineData("show all users", "en-US", IntentKind.ListObjects)]
    [InlineData("who is in the directory?", "en-US", IntentKind.ListObjects)]
    [InlineData("show the user Alex Wilber", "en-US", IntentKind.ShowObject)]
    [InlineData("liste les utilisateurs", "fr-FR", IntentKind.ListObjects)]
    [InlineData("qui est dans l’annuaire ?", "fr-FR", IntentKind.ListObjects)]
    [InlineData("montre-moi les personnes de l'annuaire", "fr-FR", IntentKind.ListObjects)]
    [InlineData("affiche l’utilisatrice Inès Dupont", "fr-FR", IntentKind.ShowObject)]
    public void ThePeople_AreListedOrShown(string text, string locale, IntentKind kind)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, locale);

        Assert.Equal(kind, intent.Kind);
        Assert.Equal(nameof(ObjectKind.Person), intent.Slots[SlotNames.ObjectKind]);
    }

    [Theory]
    [InlineData("list users with their phone numbers", "en-US")]
    [InlineData("list user numbers", "en-US")]
    [InlineData("liste les utilisateurs avec leur numéro", "fr-FR")]
    [InlineData("show the call queues", "en-US")]
    public void SentencesAboutSomethingElse_AreNotAboutPeople(string text, string locale) =>
        Assert.NotEqual(nameof(ObjectKind.Person), RecognizerFixture.Recognizer.Recognize(text, locale).Slots.GetValueOrDefault(SlotNames.ObjectKind));
}
