using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// Bringing the directory, or the numbers, in from Microsoft 365 is read from the words, in English and French; nearby
/// sentences are not.
/// </summary>
public sealed class DirectorySyncUtteranceTests
{
    [Theory]
    [InlineData("sync the directory from Microsoft 365", "en-US")]
    [InlineData("import our users from Entra ID", "en-US")]
    [InlineData("pull the people from Office 365", "en-US")]
    [InlineData("refresh the directory from Azure AD please", "en-US")]
    [InlineData("synchronise l’annuaire avec Microsoft 365", "fr-FR")]
    [InlineData("récupère les utilisateurs depuis Entra", "fr-FR")]
    [InlineData("mets à jour l'annuaire depuis Microsoft 365", "fr-FR")]
    public void BringingTheDirectoryIn_IsSyncDirectory(string text, string locale) =>
        Assert.Equal(IntentKind.SyncDirectory, RecognizerFixture.Recognizer.Recognize(text, locale).Kind);

    [Theory]
    [InlineData("buy 5 Microsoft 365 E5 licenses", "en-US")]
    [InlineData("export our configuration as PowerShell", "en-US")]
    [InlineData("list the users", "en-US")]
    [InlineData("importe les utilisateurs du fichier", "fr-FR")]
    [InlineData("donne une licence Microsoft 365 à Alex", "fr-FR")]
    public void OtherSentences_AreNotSyncDirectory(string text, string locale) =>
        Assert.NotEqual(IntentKind.SyncDirectory, RecognizerFixture.Recognizer.Recognize(text, locale).Kind);

    [Theory]
    [InlineData("sync numbers from Microsoft 365", "en-US")]
    [InlineData("bring our phone numbers in from M365", "en-US")]
    [InlineData("import the number inventory from Office 365", "en-US")]
    [InlineData("refresh our numbers from Teams in Microsoft 365 please", "en-US")]
    [InlineData("synchronise les numéros avec Microsoft 365", "fr-FR")]
    [InlineData("récupère nos numéros de téléphone dans Microsoft 365", "fr-FR")]
    [InlineData("mets à jour l'inventaire des numéros depuis M365", "fr-FR")]
    public void BringingTheNumbersIn_IsSyncNumbers(string text, string locale) =>
        Assert.Equal(IntentKind.SyncNumbers, RecognizerFixture.Recognizer.Recognize(text, locale).Kind);

    [Theory]
    [InlineData("sync the directory from Microsoft 365", "en-US")]
    [InlineData("search 5 numbers in Seattle", "en-US")]
    [InlineData("list our numbers", "en-US")]
    [InlineData("assign a number to Megan", "en-US")]
    [InlineData("importe les numéros du fichier", "fr-FR")]
    [InlineData("quel est mon numéro ?", "fr-FR")]
    public void OtherSentences_AreNotSyncNumbers(string text, string locale) =>
        Assert.NotEqual(IntentKind.SyncNumbers, RecognizerFixture.Recognizer.Recognize(text, locale).Kind);
}
