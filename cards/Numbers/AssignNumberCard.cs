using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Cards.Numbers;

/// <summary>Asks who should get an unassigned number: one required field (the person), then Assign.</summary>
public static class AssignNumberCard
{
    /// <summary>Builds the card; <paramref name="idempotencyKey"/> travels in the Assign button.</summary>
    public static AdaptiveCard Build(PhoneNumber number, string idempotencyKey, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var where = string.Join(", ", new[] { number.City, number.Subdivision, number.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));

        var body = new CardElement[]
        {
            new TextBlock(T("Assign_Title", number.Number)) { Size = TextSize.Medium, Bolder = true },
            new FactSet(
            [
                new Fact(T("Numbers_Type"), T("NumberType_" + number.Type)),
                new Fact(T("Assign_Where"), where),
            ]),
            new InputText(AssignNumberPayload.PersonInput, T("Assign_Person"))
            {
                Placeholder = T("Assign_PersonPlaceholder"),
                IsRequired = true,
                ErrorMessage = T("Assign_PersonError"),
                MaxLength = 256,
            },
        };
        var assign = new CardAction(
            T("Assign_Confirm"),
            AssignNumberPayload.Verb,
            CardPayloads.Write(new AssignNumberPayload(number.Number, idempotencyKey))) { Primary = true };
        return new AdaptiveCard(body, [assign]);
    }
}
