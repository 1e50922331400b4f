using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory.Import;

namespace ChatPhone.Cards.Directory;

/// <summary>The plan card of a directory import: counts, rejected rows, confirm and cancel.</summary>
public static class ImportPlanCard
{
    /// <summary>How many rejected rows the card lists before summarising the rest (keeps it under 28 KB).</summary>
    public const int MaxListedProblems = 25;

    /// <summary>Builds the card; <paramref name="idempotencyKey"/> travels in the confirm button.</summary>
    public static AdaptiveCard Build(ImportPlan plan, Language language, string idempotencyKey)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);

        var body = new List<CardElement>
        {
            new TextBlock(T("Import_Title")) { Size = TextSize.Medium, Bolder = true },
            new FactSet(
            [
                new Fact(T("Import_New"), plan.New.ToString(language.Culture())),
                new Fact(T("Import_Updated"), plan.Updated.ToString(language.Culture())),
                new Fact(T("Import_Unchanged"), plan.Unchanged.ToString(language.Culture())),
                new Fact(T("Import_Rejected"), plan.Problems.Count.ToString(language.Culture())),
            ]),
        };

        if (plan.Problems.Count > 0)
        {
            var items = new List<CardElement> { new TextBlock(T("Import_ProblemsTitle")) { Bolder = true, Color = TextColor.Warning } };
            items.AddRange(plan.Problems
                .Take(MaxListedProblems)
                .Select(p => new TextBlock(T("Import_Problem", p.Line, p.Reason.Describe(language)))));
            if (plan.Problems.Count > MaxListedProblems)
            {
                items.Add(new TextBlock(T("Import_MoreProblems", plan.Problems.Count - MaxListedProblems)) { Subtle = true });
            }

            body.Add(new Container(items) { Emphasis = true });
        }

        if (!plan.HasChanges)
        {
            body.Add(new TextBlock(T("Import_NothingToDo")));
            return new AdaptiveCard(body, []);
        }

        var confirm = new CardAction(
            T("Import_Confirm", plan.New + plan.Updated),
            ApplyDirectoryImportPayload.Verb,
            CardPayloads.Write(new ApplyDirectoryImportPayload(plan.ImportId, idempotencyKey))) { Primary = true };
        var cancel = new CardAction(
            T("Import_Cancel"),
            CancelDirectoryImportPayload.Verb,
            CardPayloads.Write(new CancelDirectoryImportPayload(plan.ImportId))) { Destructive = true };
        return new AdaptiveCard(body, [confirm, cancel]);
    }
}
