using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Bot;
using ChatPhone.Cards;
using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Core.Common;

public sealed partial class LocalizationTests
{
    public static TheoryData<string> Tables() => ["core", "cards", "bot", "teamsapp", "playground", "proactive"];

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryString_ExistsInEnglishAndFrench_WithTheSamePlaceholders(string name)
    {
        var table = Table(name);
        var english = table.Names(CultureInfo.InvariantCulture);
        var french = table.Names(CultureInfo.GetCultureInfo("fr"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Order(), french.Order());
        foreach (var key in english)
        {
            var en = table.Find(CultureInfo.GetCultureInfo("en"), key)!;
            var fr = table.Find(CultureInfo.GetCultureInfo("fr"), key)!;
            if (en.Any(char.IsLetter))
            {
                Assert.NotEqual(en, fr);
            }

            Assert.Equal(Placeholders(en), Placeholders(fr));
        }
    }

    [Fact]
    public void Describe_PicksTheLanguageAndFormatsArguments()
    {
        var error = new Error("directory.row.unknown_role", "owner");

        Assert.Contains("unknown role “owner”", error.Describe(Language.English), StringComparison.Ordinal);
        Assert.Contains("rôle inconnu « owner »", error.Describe(Language.French), StringComparison.Ordinal);
    }

    private static StringTable Table(string name) => name switch
    {
        "core" => Error.Messages,
        "cards" => CardText.Table,
        "teamsapp" => ChatPhone.Bot.TeamsApp.TeamsAppText.Table,
        "playground" => ChatPhone.Bot.Playground.PlaygroundText.Table,
        "proactive" => ChatPhone.Bot.Proactive.ProactiveText.Table,
        _ => BotText.Table,
    };

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order().ToArray();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
