using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// Asking for the configuration as a PowerShell script, in English and French, with and without accents and quotes, is read
/// from the words before the model; a question about PowerShell itself, or an export of something else, is not.
/// </summary>
public sealed class ExportPowerShellUtteranceTests
{
    [Theory]
    [InlineData("export our configuration as PowerShell", "en-US")]
    [InlineData("Export the config to a PowerShell script please", "en-US")]
    [InlineData("give me the powershell script", "en-US")]
    [InlineData("download our setup as a .ps1 file", "en-US")]
    [InlineData("can you generate a Power Shell script of our phone system?", "en-US")]
    [InlineData("I need the configuration in \"PowerShell\"", "en-US")]
    [InlineData("exporte la configuration en PowerShell", "fr-FR")]
    [InlineData("exporter la config en powershell", "fr-FR")]
    [InlineData("Génère le script PowerShell de notre paramétrage", "fr-FR")]
    [InlineData("genere le script powershell de notre parametrage", "fr-FR")]
    [InlineData("donne-moi la configuration au format « PowerShell »", "fr-FR")]
    [InlineData("je veux télécharger un fichier ps1 de la configuration", "fr-FR")]
    [InlineData("la configuration sous forme de PowerShell, s’il te plaît", "fr-FR")]
    public void AskingForTheScript_IsExportPowerShell(string text, string locale)
    {
        Assert.Equal(IntentKind.ExportPowerShell, RecognizerFixture.Recognizer.Recognize(text, locale).Kind);
    }

    [Theory]
    [InlineData("what is powershell?", "en-US")]
    [InlineData("export the call queues", "en-US")]
    [InlineData("c'est quoi PowerShell ?", "fr-FR")]
    [InlineData("exporte la liste des numéros", "fr-FR")]
    public void OtherSentences_AreNotExportPowerShell(string text, string locale)
    {
        Assert.NotEqual(IntentKind.ExportPowerShell, RecognizerFixture.Recognizer.Recognize(text, locale).Kind);
    }
}
