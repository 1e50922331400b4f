using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>What one key of a menu does, as the menu builder shows it.</summary>
/// <param name="Key">The key, 0 to 9.</param>
/// <param name="Action">One of <see cref="AutoAttendantMenuForm.Actions"/>.</param>
/// <param name="Target">The target's name, number or announcement text, as a person would type it.</param>
public sealed record MenuFormKey(int Key, string Action, string Target);

/// <summary>One call flow in the menu builder: its greeting and its keys.</summary>
/// <param name="Greeting">The greeting's text (empty when none or an audio file).</param>
/// <param name="Keys">What each key does today (keys not listed do nothing).</param>
public sealed record MenuFormFlow(string Greeting, IReadOnlyList<MenuFormKey> Keys);

/// <summary>Today's menus of an auto attendant, for <see cref="AutoAttendantMenuForm"/>.</summary>
/// <param name="Id">The attendant's id (sent back; the bot looks it up in the clicker's tenant).</param>
/// <param name="Name">Its name.</param>
/// <param name="Business">The business-hours flow.</param>
/// <param name="AfterHours">The after-hours flow; null when the attendant is open 24/7.</param>
public sealed record AutoAttendantMenuFormValues(string Id, string Name, MenuFormFlow Business, MenuFormFlow? AfterHours);

/// <summary>
/// The menu builder of an auto attendant: for the business-hours flow and the after-hours flow, the greeting and one row
/// per key 0–9 (what the key does and its target, typed by name). Its submit comes back as an
/// <see cref="AutoAttendantMenuPayload"/>; the bot finds every target again and plans the change.
/// </summary>
public static class AutoAttendantMenuForm
{
    /// <summary>The flows the form edits, as they appear in input ids.</summary>
    public const string BusinessFlow = "b", AfterHoursFlow = "a";

    /// <summary>What a key can do, as the choice values the form sends back.</summary>
    public static IReadOnlyList<string> Actions { get; } = ["none", "queue", "attendant", "person", "voicemail", "external", "operator", "disconnect", "announcement"];

    /// <summary>The id of a flow's greeting input.</summary>
    public static string GreetingInput(string flow) => $"aaMenu_{flow}_greeting";

    /// <summary>The id of a key's action input.</summary>
    public static string ActionInput(string flow, int key) => $"aaMenu_{flow}_{key}_action";

    /// <summary>The id of a key's target input.</summary>
    public static string TargetInput(string flow, int key) => $"aaMenu_{flow}_{key}_target";

    /// <summary>Builds the form prefilled with <paramref name="values"/>.</summary>
    public static AdaptiveCard Build(AutoAttendantMenuFormValues values, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var choices = Actions.Select(a => new Choice(T("Aa2Menu_Action_" + a), a)).ToArray();
        var body = new List<CardElement>
        {
            new TextBlock(T("Aa2Menu_Title", values.Name)) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(T("Aa2Menu_Help")) { Subtle = true },
        };
        body.AddRange(Flow(BusinessFlow, T("Aa2Menu_Business"), values.Business, choices, T));
        if (values.AfterHours is { } afterHours)
        {
            body.AddRange(Flow(AfterHoursFlow, T("Aa2Menu_AfterHours"), afterHours, choices, T));
        }

        var submit = new CardAction(T("Aa2Menu_Submit"), AutoAttendantMenuPayload.Verb, CardPayloads.Write(new AutoAttendantMenuPayload(values.Id))) { Primary = true };
        return new AdaptiveCard(body, [submit]);
    }

    private static IEnumerable<CardElement> Flow(string flow, string title, MenuFormFlow values, IReadOnlyList<Choice> choices, Func<string, object[], string> T)
    {
        yield return new TextBlock(title) { Bolder = true };
        yield return new InputText(GreetingInput(flow), T("Aa2Menu_Greeting", [])) { Value = values.Greeting, MaxLength = 1000, IsMultiline = true };
        for (var key = 0; key <= 9; key++)
        {
            var today = values.Keys.FirstOrDefault(k => k.Key == key);
            yield return new ColumnSet(
            [
                new Column([new InputChoiceSet(ActionInput(flow, key), T("Aa2Menu_Key", [key]), choices) { Selected = [today?.Action ?? "none"] }]),
                new Column([new InputText(TargetInput(flow, key), T("Aa2Menu_Target", [])) { Value = today?.Target ?? string.Empty, MaxLength = 200 }]),
            ]);
        }
    }
}
