using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Common;

/// <summary>The generic plan card: "here is exactly what will change", then Confirm or Cancel.</summary>
public static class PlanCard
{
    /// <summary>How many changes the card lists before summarising the rest.</summary>
    public const int MaxListedChanges = 40;

    /// <summary>Builds the card; <paramref name="idempotencyKey"/> travels in the confirm button.</summary>
    public static AdaptiveCard Build(PlanSummary plan, string idempotencyKey, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);

        var body = new List<CardElement>
        {
            new TextBlock(plan.Title) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(T("Plan_Intro")) { Subtle = true },
            new FactSet(plan.Changes.Take(MaxListedChanges).ToArray()),
        };
        if (plan.Changes.Count > MaxListedChanges)
        {
            body.Add(CardLists.More(plan.Changes.Count - MaxListedChanges, language));
        }

        if (plan.Warnings.Count > 0)
        {
            body.Add(new Container(plan.Warnings.Select(w => (CardElement)new TextBlock("⚠ " + w) { Color = TextColor.Warning }).ToArray()) { Emphasis = true });
        }

        var confirm = new CardAction(
            plan.ConfirmLabel ?? T("Plan_Confirm"),
            ConfirmPlanPayload.Verb,
            CardPayloads.Write(new ConfirmPlanPayload(plan.PlanId, idempotencyKey))) { Primary = true };
        var cancel = new CardAction(
            T("Plan_Cancel"),
            CancelPlanPayload.Verb,
            CardPayloads.Write(new CancelPlanPayload(plan.PlanId))) { Destructive = true, IgnoreInputs = true };
        return new AdaptiveCard(body, [confirm, cancel]);
    }
}
