using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory.Import;

namespace ChatPhone.Cards.Directory;

/// <summary>Replaces the plan card once an import is applied: what changed and who applied it, no buttons.</summary>
public static class ImportResultCard
{
    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(ImportOutcome outcome, string appliedBy, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var culture = language.Culture();
        return new AdaptiveCard(
            new TextBlock(T("ImportResult_Title")) { Size = TextSize.Medium, Bolder = true, Color = TextColor.Good },
            new FactSet(
            [
                new Fact(T("Import_New"), outcome.Created.ToString(culture)),
                new Fact(T("Import_Updated"), outcome.Updated.ToString(culture)),
                new Fact(T("Import_Unchanged"), outcome.Unchanged.ToString(culture)),
            ]),
            new TextBlock(T("ImportResult_By", appliedBy)) { Subtle = true });
    }
}
