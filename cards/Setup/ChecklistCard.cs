using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Setup;

namespace ChatPhone.Cards.Setup;

/// <summary>
/// The setup guide's ten steps on one card: each step's status and why, a Start button on every Ready step, and on
/// every Done step a Review button (what it configured) and an Add more button; a step blocked by a dead end of a
/// number's call flow has a Fix button (the object to change) and a button that simulates the call. The card is a pure function of the steps and carries a refresh action, so the bot can
/// answer Teams' refresh (or any step's completion) by rebuilding it in place.
/// </summary>
public static class ChecklistCard
{
    /// <summary>
    /// Builds the card from the checklist (any order; shown in step order); <paramref name="microsoft365"/>: the tenant is
    /// connected to Microsoft 365, and the card says what acts on it and what becomes a script.
    /// </summary>
    public static AdaptiveCard Build(IReadOnlyList<SetupStep> steps, Language language, bool microsoft365 = false)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var culture = language.Culture();

        var body = new List<CardElement>
        {
            new TextBlock(T("Checklist_Title")) { Size = TextSize.Large, Bolder = true },
            new TextBlock(T("Checklist_Progress", steps.Count(s => s.Status == StepStatus.Done).ToString(culture), steps.Count.ToString(culture))) { Subtle = true },
        };
        if (microsoft365)
        {
            body.Add(new TextBlock(T("Microsoft365_WhatActs")) { Subtle = true });
        }

        foreach (var step in steps.OrderBy(s => s.Step))
        {
            var items = new List<CardElement>
            {
                new TextBlock(T("Checklist_Step", Icon(step.Status), ((int)step.Step).ToString(culture), T("Step_" + step.Step), T("Status_" + step.Status)))
                {
                    Bolder = true,
                    Color = step.Status switch
                    {
                        StepStatus.Done => TextColor.Good,
                        StepStatus.Blocked => TextColor.Attention,
                        _ => TextColor.Default,
                    },
                },
                new TextBlock(step.Reason.Describe(language)) { Subtle = step.Status != StepStatus.Ready },
            };
            if (step.Status == StepStatus.Ready)
            {
                items.Add(new ActionSet(
                [
                    new CardAction(T("Checklist_Start"), StartStepPayload.Verb, CardPayloads.Write(new StartStepPayload(step.Step))) { Primary = true },
                ]));
            }
            else if (step.Fix is { } fix)
            {
                // A dead end on a number's call flow: what to open to fix it, and the call that meets it.
                items.Add(new TextBlock(T("Checklist_DeadEndNumber", fix.Number)) { Subtle = true });
                items.Add(new ActionSet(
                [
                    new CardAction(T("Checklist_Fix"), ObjectActionPayload.Verb, CardPayloads.Write(new ObjectActionPayload("ChangeObject", fix.ObjectType, fix.ObjectId))) { Primary = true },
                    new CardAction(T("Checklist_SimulateCall"), SimulateCallPayload.Verb, CardPayloads.Write(new SimulateCallPayload(fix.Number, null, string.Empty))),
                ]));
            }
            else if (step.Status == StepStatus.Done)
            {
                // A done step stays useful: see what it configured, or add more of it.
                items.Add(new ActionSet(
                [
                    new CardAction(T("Checklist_Review"), ReviewStepPayload.Verb, CardPayloads.Write(new ReviewStepPayload(step.Step))),
                    new CardAction(T("Checklist_AddMore"), StartStepPayload.Verb, CardPayloads.Write(new StartStepPayload(step.Step))),
                ]));
            }

            body.Add(new Container(items) { Separator = true });
        }

        // What the steps configured, as a script for the real tenant (the export refuses anyone but an admin).
        body.Add(new Container([new ActionSet([ExportButton(language)])]) { Separator = true });
        return new AdaptiveCard(body, [])
        {
            Refresh = new CardAction(T("Checklist_Title"), RefreshChecklistPayload.Verb, CardPayloads.Write(new RefreshChecklistPayload())),
        };
    }

    /// <summary>The button that exports the whole configuration as a MicrosoftTeams PowerShell script.</summary>
    public static CardAction ExportButton(Language language) =>
        new(CardText.Get(language, "Checklist_Export"), HelpAskPayload.Verb, CardPayloads.Write(new HelpAskPayload(Help.HelpCatalog.Export.Key)));

    private static string Icon(StepStatus status) => status switch
    {
        StepStatus.Done => "✅",
        StepStatus.Ready => "▶️",
        _ => "⛔",
    };
}
