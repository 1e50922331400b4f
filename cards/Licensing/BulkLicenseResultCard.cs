using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Cards.Licensing;

/// <summary>
/// A bulk license assignment: the counts, then one row per person (assigned, already had, or refused with why), refusals first (they need action),
/// capped at <see cref="MaxListedRows"/> with "and N more" so the card stays under 28 KB.
/// </summary>
public static class BulkLicenseResultCard
{
    /// <summary>How many people the card lists.</summary>
    public const int MaxListedRows = 50;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(BulkLicenseOutcome outcome, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var culture = language.Culture();

        var body = new List<CardElement>
        {
            new TextBlock(T("BulkLicense_Title")) { Size = TextSize.Medium, Bolder = true },
            new FactSet(
            [
                new Fact(T("BulkLicense_Succeeded"), outcome.Succeeded.ToString(culture)),
                new Fact(T("BulkLicense_Failed"), outcome.Failed.ToString(culture)),
            ]),
        };
        var rows = outcome.Rows.Where(r => r.Error is not null).Concat(outcome.Rows.Where(r => r.Error is null)).Take(MaxListedRows);
        foreach (var row in rows)
        {
            body.Add(row.Error is { } error
                ? new TextBlock(T("BulkLicense_RowFailed", CardLists.Clip(row.Change?.DisplayName ?? row.UserId, 80), CardLists.Clip(error.Describe(language), 300))) { Color = TextColor.Attention }
                : row.Change is { Changed.Count: 0 } already
                    ? new TextBlock(T("LicObj_RowAlready", CardLists.Clip(already.DisplayName, 80), SkuText.List(already.Held, language))) { Subtle = true }
                    : new TextBlock(T("BulkLicense_RowDone", CardLists.Clip(row.Change?.DisplayName ?? row.UserId, 80), row.Change is { } change ? SkuText.List(change.Changed, language) : T("License_None"))));
        }

        if (outcome.Rows.Count > MaxListedRows)
        {
            body.Add(CardLists.More(outcome.Rows.Count - MaxListedRows, language));
        }

        return new AdaptiveCard([.. body]);
    }
}
