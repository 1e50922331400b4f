using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>The forms a phone number's card opens: its emergency location (prefilled with today's), and who to assign it to.</summary>
public static class PhoneNumberForms
{
    /// <summary>How many people the assign form offers.</summary>
    public const int MaxPeople = 50;

    /// <summary>How many locations the location form offers.</summary>
    public const int MaxLocations = 100;

    /// <summary>The emergency location form: every location a number of this country may use, today's selected.</summary>
    public static AdaptiveCard Location(string number, IReadOnlyList<Choice> locations, string? current, Language language)
    {
        var submit = new CardAction(BotText.Get(language, "NumObj_LocationSubmit"), NumberLocationPayload.Verb,
            CardPayloads.Write(new NumberLocationPayload(number, current ?? string.Empty))) { Primary = true };
        return new AdaptiveCard(
        [
            new TextBlock(BotText.Get(language, "NumObj_LocationFormTitle", NumberText.International(number))) { Size = TextSize.Medium, Bolder = true },
            new InputChoiceSet(NumberLocationPayload.LocationInput, BotText.Get(language, "NumObj_Location"), locations.Take(MaxLocations).ToArray())
            {
                Selected = current is null ? [] : [current],
                IsRequired = true,
                ErrorMessage = BotText.Get(language, "NumObj_LocationRequired"),
            },
            new ActionSet([submit]),
        ], []);
    }

    /// <summary>The assign form: the people who may get the number.</summary>
    public static AdaptiveCard Assign(string number, IReadOnlyList<Choice> people, Language language)
    {
        var submit = new CardAction(BotText.Get(language, "NumObj_AssignSubmit"), NumberAssignPayload.Verb,
            CardPayloads.Write(new NumberAssignPayload(number))) { Primary = true };
        return new AdaptiveCard(
        [
            new TextBlock(BotText.Get(language, "NumObj_AssignFormTitle", NumberText.International(number))) { Size = TextSize.Medium, Bolder = true },
            new InputChoiceSet(NumberAssignPayload.PersonInput, BotText.Get(language, "NumObj_AssignPerson"), people.Take(MaxPeople).ToArray())
            {
                IsRequired = true,
                ErrorMessage = BotText.Get(language, "NumObj_AssignPersonRequired"),
            },
            new ActionSet([submit]),
        ], []);
    }
}
