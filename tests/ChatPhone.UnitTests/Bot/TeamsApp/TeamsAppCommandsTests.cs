using System.Text.RegularExpressions;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.TeamsApp;
using ChatPhone.Core.Common;
using ChatPhone.UnitTests.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

public sealed partial class TeamsAppCommandsTests
{
    // What a person types in place of each placeholder before sending the command.
    private static readonly Dictionary<string, string> Examples = new()
    {
        ["<city>"] = "Seattle",
        ["<ville>"] = "Lyon",
        ["<number>"] = "+1 206 555 0100",
        ["<numéro>"] = "+33 1 84 88 00 00",
        ["<person>"] = "alex.wilber@contoso.com",
        ["<personne>"] = "lucas.bernard@contoso.com",
        ["<country>"] = "Japan",
        ["<pays>"] = "France",
        ["<name>"] = "Sales",
        ["<nom>"] = "Ventes",
    };

    private static readonly Dictionary<string, IntentKind> Intents = new()
    {
        ["Help"] = IntentKind.Help,
        ["MyNumber"] = IntentKind.MyNumber,
        ["StartSetup"] = IntentKind.StartSetup,
        ["FindNumbers"] = IntentKind.SearchNumbers,
        ["AssignNumber"] = IntentKind.AssignNumber,
        ["AssignLicense"] = IntentKind.AssignLicense,
        ["ListNumbers"] = IntentKind.ListNumbers,
        ["CheckAvailability"] = IntentKind.CheckAvailability,
        ["AddEmergencyAddress"] = IntentKind.AddEmergencyAddress,
        ["CreateCallQueue"] = IntentKind.CreateCallQueue,
        ["CreditsBalance"] = IntentKind.CreditsBalance,
        ["ShowAudit"] = IntentKind.ShowAudit,
        ["Cancel"] = IntentKind.Cancel,
    };

    public static TheoryData<Language> Languages => [Language.English, Language.French];

    [Theory]
    [MemberData(nameof(Languages))]
    public void CommandLists_OnePerScope_FitWhatTeamsShows(Language language)
    {
        var lists = TeamsAppCommands.Lists;

        Assert.Equal(["personal", "team", "groupChat"], lists.Select(l => l.Scope));
        Assert.All(lists, list =>
        {
            Assert.InRange(list.Commands.Count, 1, TeamsAppCommands.MaxPerList);
            Assert.Equal(list.Commands.Count, list.Commands.Distinct().Count());
            Assert.All(list.Commands, command =>
            {
                Assert.InRange(TeamsAppText.Get(language, TeamsAppCommands.Title(command)).Length, 1, TeamsAppCommands.MaxTitleLength);
                Assert.InRange(TeamsAppText.Get(language, TeamsAppCommands.Description(command)).Length, 1, TeamsAppCommands.MaxDescriptionLength);
            });
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryCommandTitle_WithItsPlaceholdersFilledIn_IsUnderstoodByTheBot_InItsLanguage(Language language)
    {
        var commands = TeamsAppCommands.Lists.SelectMany(l => l.Commands).Distinct().ToArray();
        var misread = new List<string>();
        foreach (var command in commands)
        {
            var text = Placeholder().Replace(TeamsAppText.Get(language, TeamsAppCommands.Title(command)), m => Examples[m.Value]);
            var intent = RecognizerFixture.Recognizer.Recognize(text, null);
            var expectedLanguage = language == Language.French ? "fr" : "en";
            if (intent.Kind != Intents[command] || intent.Language != expectedLanguage)
            {
                misread.Add($"{command}: “{text}” → {intent.Kind} ({intent.Language}), expected {Intents[command]} ({expectedLanguage})");
            }
        }

        Assert.Equal(Intents.Keys.Order(), commands.Order());
        Assert.True(misread.Count == 0, string.Join('\n', misread));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Placeholder();
}
