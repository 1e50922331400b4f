using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Audit;

/// <summary>Audited facts in the order given (newest first, as the audit query returns them): when, who, what, on what, refused or not.</summary>
public static class AuditCard
{
    /// <summary>How many entries the card lists.</summary>
    public const int MaxListedEntries = 25;

    /// <summary>How much of the before and after states each entry shows.</summary>
    public const int MaxStateLength = 160;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(IReadOnlyList<AuditEntry> entries, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);

        var body = new List<CardElement> { new TextBlock(T("Audit_Title")) { Size = TextSize.Medium, Bolder = true } };
        if (entries.Count == 0)
        {
            body.Add(new TextBlock(T("Audit_Empty")) { Subtle = true });
            return new AdaptiveCard([.. body]);
        }

        foreach (var entry in entries.Take(MaxListedEntries))
        {
            var items = new List<CardElement>
            {
                new TextBlock(T("Audit_Entry", CardDates.DateTime(entry.At), CardLists.Clip(entry.ActorName, 80), entry.Action, CardLists.Clip(entry.Target, 120)))
                {
                    Color = entry.Outcome == AuditOutcome.Refused ? TextColor.Attention : TextColor.Default,
                },
            };
            if (entry.Outcome == AuditOutcome.Refused)
            {
                items.Add(new TextBlock(T("Audit_Refused")) { Color = TextColor.Attention, Subtle = true });
            }

            if (entry.Before is not null || entry.After is not null)
            {
                items.Add(new TextBlock(T("Audit_Change", State(entry.Before, language), State(entry.After, language))) { Subtle = true });
            }

            body.Add(new Container(items) { Separator = true });
        }

        if (entries.Count > MaxListedEntries)
        {
            body.Add(CardLists.More(entries.Count - MaxListedEntries, language));
        }

        return new AdaptiveCard([.. body]);
    }

    private static string State(string? json, Language language) =>
        json is null ? CardText.Get(language, "Audit_Nothing") : CardLists.Clip(json, MaxStateLength);
}
