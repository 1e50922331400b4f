using System.Text.Json;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Help;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Tenants;
using ChatPhone.UnitTests.Bot.Recognition;

namespace ChatPhone.UnitTests.Cards.Help;

public sealed class HelpCardTests
{
    // Intents that are not capabilities a person can ask for, each with why help does not list it.
    private static readonly Dictionary<IntentKind, string> NotCapabilities = new()
    {
        [IntentKind.None] = "what a message is when nothing is understood: there is no sentence to teach",
        [IntentKind.Greeting] = "small talk: answered kindly, with the top of help, but not a capability",
        [IntentKind.Thanks] = "small talk",
        [IntentKind.Goodbye] = "small talk",
        [IntentKind.AboutBot] = "small talk: the answer says what the bot is",
    };

    private static readonly TenantId Tenant = TenantId.Parse("t1");

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in HelpCatalog.Entries)
        {
            data.Add(entry.Key, "en");
            data.Add(entry.Key, "fr");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryExample_IsRecognisedAsTheIntentItDocuments(string key, string language)
    {
        var entry = HelpCatalog.Entries.Single(e => e.Key == key);
        var example = HelpCard.Example(entry, language == "fr" ? Language.French : Language.English);

        var intent = RecognizerFixture.Recognizer.Recognize(example, language == "fr" ? "fr-FR" : "en-US");

        Assert.Equal(Enum.Parse<IntentKind>(entry.Intent), intent.Kind);
        Assert.Equal(language, intent.Language);
    }

    [Fact]
    public void EveryIntent_IsDocumentedByHelp_ExceptThoseThatAreNotCapabilities()
    {
        var documented = HelpCatalog.Entries.Select(e => Enum.Parse<IntentKind>(e.Intent)).ToHashSet();

        var missing = Enum.GetValues<IntentKind>().Where(k => !documented.Contains(k) && !NotCapabilities.ContainsKey(k)).ToArray();

        Assert.True(missing.Length == 0, "Help does not mention: " + string.Join(", ", missing));
        Assert.All(NotCapabilities.Keys, k => Assert.DoesNotContain(k, documented));
    }

    [Fact]
    public void AdminHelp_ShowsTheTenSetupStepsInChecklistOrder_WithTheirCapabilities()
    {
        var json = Serialize(Role.Admin, Language.English);

        var positions = Enum.GetValues<SetupStepKind>()
            .Select(step => json.IndexOf($"Step {(int)step}. {CardText_Step(step)}", StringComparison.Ordinal))
            .ToArray();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("create a call queue Sales", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.User, "what's my number?", "show open tickets")]
    [InlineData(Role.Helpdesk, "show open tickets", "start setup")]
    [InlineData(Role.User, "check my phone setup", "check Alex's phone setup")]
    public void Help_ShowsWhatTheRoleCanDo_AndNotMore(Role role, string shown, string hidden)
    {
        var json = Serialize(role, Language.English);

        Assert.Contains(shown, json, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, json, StringComparison.Ordinal);
        Assert.All(HelpCatalog.For(role), e => Assert.Contains(HelpCard.Example(e, Language.English), json, StringComparison.Ordinal));
    }

    [Fact]
    public void PeopleOutsideTheDirectory_GetOnlyTheMinimalHelp()
    {
        var json = Serialize(Role.Unknown, Language.French);

        Assert.Contains("« aide »", json, StringComparison.Ordinal);
        Assert.DoesNotContain("quel est mon numéro", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"actions\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void AdminHelp_HasButtonsForTheCommonCapabilities_AsExecuteWithSubmitFallback()
    {
        using var card = JsonDocument.Parse(Serialize(Role.Admin, Language.French));

        var actions = card.RootElement.GetProperty("actions").EnumerateArray().ToArray();
        Assert.Equal(["StartSetup", "MyNumber", "ListTickets"], actions.Select(a => a.GetProperty("data").GetProperty("capability").GetString()));
        Assert.All(actions, a => Assert.Equal("Action.Execute", a.GetProperty("type").GetString()));
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("fallback").GetProperty("type").GetString()));
        Assert.Equal("Démarrer la configuration", actions[0].GetProperty("title").GetString());
    }

    private static string CardText_Step(SetupStepKind step) => ChatPhone.Cards.CardText.Get(Language.English, "Step_" + step);

    private static string Serialize(Role role, Language language) =>
        CardJson.Serialize(HelpCard.Build(new Actor(Tenant, "1", "Megan", role), language));
}
