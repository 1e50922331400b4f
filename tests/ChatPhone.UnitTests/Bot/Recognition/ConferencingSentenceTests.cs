using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>Conferencing settings sentences reach the bridge whatever the model guesses; other sentences are left to it.</summary>
public sealed class ConferencingSentenceTests
{
    [Theory]
    [InlineData("set the languages of +1 206 555 0150 to English then Spanish and French", IntentKind.ChangeObject)]
    [InlineData("le numéro +33 1 80 00 00 00 parle français puis anglais", IntentKind.ChangeObject)]
    [InlineData("restore the default languages of +12065550150", IntentKind.ChangeObject)]
    [InlineData("set the invite footer to « Call us »", IntentKind.ChangeObject)]
    [InlineData("mets le pied de page des invitations à « Appelez le support »", IntentKind.ChangeObject)]
    [InlineData("use tone only for entry and exit announcements", IntentKind.ChangeObject)]
    [InlineData("turn off name recording and set the PIN length to 6", IntentKind.ChangeObject)]
    [InlineData("use a third-party conferencing provider for Megan", IntentKind.ChangeObject)]
    [InlineData("utilise un fournisseur d’audioconférence tiers pour Megan", IntentKind.ChangeObject)]
    [InlineData("give Megan the toll-free number +1 800 555 0100 on her invites", IntentKind.ChangeObject)]
    [InlineData("mask callers' phone numbers for everyone", IntentKind.ChangeObject)]
    [InlineData("n’envoie plus de courriels aux organisateurs", IntentKind.ChangeObject)]
    [InlineData("set Megan's default toll number to +1 206 555 0150", IntentKind.ChangeObject)]
    [InlineData("is name recording on?", IntentKind.ShowObject)]
    [InlineData("list the conferencing organizers", IntentKind.ListObjects)]
    [InlineData("liste les organisateurs de conférence", IntentKind.ListObjects)]
    public void ConferencingSentences_GoToTheBridge(string text, IntentKind kind) =>
        Assert.Equal(kind, ConferencingSentences.Refine(TextFolding.Fold(text)));

    [Theory]
    [InlineData("set up audio conferencing")]
    [InlineData("set the PIN length to 6")]
    [InlineData("set the language of the Sales auto attendant to French")]
    [InlineData("give Megan the number +1 206 555 0100")]
    [InlineData("what languages do you speak?")]
    [InlineData("update the company logo")]
    [InlineData("search for 4 toll free numbers for conferencing in GB")]
    [InlineData("buy 2 toll-free numbers for the invites")]
    public void OtherSentences_AreLeftToTheModel(string text) =>
        Assert.Null(ConferencingSentences.Refine(TextFolding.Fold(text)));
}
