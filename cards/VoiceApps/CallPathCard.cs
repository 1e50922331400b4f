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
    public const int MaxSteps = 40;

    /// <summary>How many dead ends elsewhere it lists before "and N more".</summary>
    public const int MaxElsewhere = 10;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(CallPathSummary call, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var body = new List<CardElement>
        {
            new TextBlock(CardLists.Clip(call.Title, 160)) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(call.When) { Subtle = true },
        };
        body.AddRange(call.Steps.Take(MaxSteps).Select((step, i) => (CardElement)new TextBlock($"{i + 1}. {CardLists.Clip(step, 1200)}")));
        body.Add(new Container([new TextBlock(call.Outcome) { Bolder = true, Color = call.Tone }]) { Emphasis = true, Separator = true });
        if (call.Elsewhere.Count > 0)
        {
            var items = new List<CardElement> { new TextBlock(T("CallPath_Elsewhere")) { Bolder = true } };
            items.AddRange(call.Elsewhere.Take(MaxElsewhere).Select(e => (CardElement)new TextBlock("⚠ " + CardLists.Clip(e, 400)) { Color = TextColor.Warning }));
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

        return new AdaptiveCard(body, call.Actions);
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
/// <param name="Actions">Keys to press, objects to open.</param>
public sealed record CallPathSummary(
    string Title,
    string When,
    IReadOnlyList<string> Steps,
    string Outcome,
    TextColor Tone,
    IReadOnlyList<string> Elsewhere,
    Image? Diagram,
    IReadOnlyList<CardAction> Actions);
