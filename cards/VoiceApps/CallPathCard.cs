using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>
/// A simulated call: what was dialled and when, each step the call takes (what the caller hears, where it goes), how it
/// ends, the dead ends elsewhere in the same call flow, a picture of the whole flow with the path drawn over it, and
/// buttons to press a menu's keys or open what needs fixing.
/// </summary>
public static class CallPathCard
{
    /// <summary>How many steps the card lists (a path is never longer in a sane configuration).</summary>
    public const int MaxSteps = 25;

    /// <summary>How many dead ends elsewhere it lists before "and N more".</summary>
    public const int MaxElsewhere = 6;

    /// <summary>How many buttons the card's own action bar holds (Teams shows five).</summary>
    public const int MaxActions = 5;

    /// <summary>How many key buttons one row holds.</summary>
    public const int KeysPerRow = 4;

    /// <summary>The longest step shown (a step may quote two long greetings).</summary>
    public const int MaxStepLength = 320;

    /// <summary>The size the card keeps under, with room below Teams' 28 KB for the activity around it.</summary>
    public const int MaxBytes = 26 * 1024;

    /// <summary>Builds the card; when the picture would take it over <see cref="MaxBytes"/>, the card goes without it.</summary>
    public static AdaptiveCard Build(CallPathSummary call, Language language)
    {
        var card = Compose(call, language);
        return call.Diagram is not null && System.Text.Encoding.UTF8.GetByteCount(CardJson.Serialize(card)) > MaxBytes
            ? Compose(call with { Diagram = null }, language)
            : card;
    }

    private static AdaptiveCard Compose(CallPathSummary call, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var body = new List<CardElement>
        {
            new TextBlock(CardLists.Clip(call.Title, 160)) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(call.When) { Subtle = true },
        };
        body.AddRange(call.Steps.Take(MaxSteps).Select((step, i) => (CardElement)new TextBlock($"{i + 1}. {CardLists.Clip(step, MaxStepLength)}")));
        var outcome = new List<CardElement> { new TextBlock(call.Outcome) { Bolder = true, Color = call.Tone } };

        // A menu offers up to ten keys; a row holds at most four buttons.
        outcome.AddRange(call.Keys.Chunk(KeysPerRow).Select(row => (CardElement)new ActionSet(row)));
        body.Add(new Container(outcome) { Emphasis = true, Separator = true });
        if (call.Elsewhere.Count > 0)
        {
            var items = new List<CardElement> { new TextBlock(T("CallPath_Elsewhere")) { Bolder = true } };
            items.AddRange(call.Elsewhere.Take(MaxElsewhere).Select(e => (CardElement)new TextBlock("⚠ " + CardLists.Clip(e, 240)) { Color = TextColor.Warning }));
            if (call.Elsewhere.Count > MaxElsewhere)
            {
                items.Add(CardLists.More(call.Elsewhere.Count - MaxElsewhere, language));
            }

            body.Add(new Container(items) { Separator = true });
        }

        if (call.Diagram is { } diagram)
        {
            body.Add(new TextBlock(T("CallPath_Diagram")) { Subtle = true });
            body.Add(diagram);
        }

        return new AdaptiveCard(body, [.. call.Actions.Take(MaxActions)]);
    }
}

/// <summary>What <see cref="CallPathCard"/> shows, worded in the reader's language by the flow.</summary>
/// <param name="Title">What was dialled ("Call to +33 1 80 00 00 00").</param>
/// <param name="When">When ("Sunday 6 December 2026 at 20:00, in each auto attendant's time zone").</param>
/// <param name="Steps">The steps, in order.</param>
/// <param name="Outcome">How the call ends.</param>
/// <param name="Tone">Good when it reaches someone, Warning when it waits or hangs up, Attention on a dead end.</param>
/// <param name="Elsewhere">Dead ends of the same call flow off this path.</param>
/// <param name="Diagram">The picture of the whole call flow, if drawn.</param>
/// <param name="Keys">The keys of a waiting menu, one button each.</param>
/// <param name="Actions">What to open to fix a dead end.</param>
public sealed record CallPathSummary(
    string Title,
    string When,
    IReadOnlyList<string> Steps,
    string Outcome,
    TextColor Tone,
    IReadOnlyList<string> Elsewhere,
    Image? Diagram,
    IReadOnlyList<CardAction> Keys,
    IReadOnlyList<CardAction> Actions);
