using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;

namespace ChatPhone.Cards.Emergency;

/// <summary>An address after validation: its status, every automatic correction, what is wrong, and the next step.</summary>
public static class AddressResultCard
{
    /// <summary>How many corrections or problems the card lists before summarising the rest.</summary>
    public const int MaxListedNotes = 20;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(AddressOutcome outcome, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var address = outcome.Address;
        var (icon, color) = address.Status switch
        {
            ValidationStatus.Validated => ("✅", TextColor.Good),
            ValidationStatus.Invalid => ("⛔", TextColor.Attention),
            _ => ("⚠", TextColor.Warning),
        };

        var body = new List<CardElement>
        {
            new TextBlock($"{icon} {T("AddressResult_" + address.Status)}") { Size = TextSize.Medium, Bolder = true, Color = color },
            new FactSet(
            [
                new Fact(T("Address_" + Actions.AddressInputs.CompanyName), address.CompanyName),
                new Fact(T("AddressResult_Address"), address.OneLine()),
                new Fact(T("AddressResult_Id"), address.Id),
            ]),
        };
        AddNotes(body, T("AddressResult_Corrections"), outcome.Corrections, TextColor.Default, language);
        AddNotes(body, T("AddressResult_Problems"), outcome.Problems, TextColor.Attention, language);

        var next = outcome.NextStep?.Describe(language) ?? (address.IsValidated ? T("AddressResult_NextValidated") : null);
        if (next is not null)
        {
            body.Add(new TextBlock(T("Result_Next", next)) { Bolder = true });
        }

        return new AdaptiveCard([.. body]);
    }

    private static void AddNotes(List<CardElement> body, string title, IReadOnlyList<AddressNote> notes, TextColor color, Language language)
    {
        if (notes.Count == 0)
        {
            return;
        }

        var items = new List<CardElement> { new TextBlock(title) { Bolder = true, Color = color } };
        items.AddRange(CardLists.Bullets(notes.Select(n => n.Describe(language)).ToArray(), MaxListedNotes, language));
        body.Add(new Container(items) { Emphasis = true });
    }
}
