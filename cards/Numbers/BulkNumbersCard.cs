using System.Text.Json.Nodes;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Numbers;

/// <summary>
/// The form that gives numbers to several people at once: pick the people, where the numbers come from (the free user
/// numbers of one city), and optionally one emergency location for all; the numbers are given in order, each with the
/// location of its own city unless one is picked, and a plan card shows every pair before anything changes.
/// </summary>
public static class BulkNumbersCard
{
    /// <summary>The most people offered (the card stays under Teams' 28 KB).</summary>
    public const int MaxPeople = 100;

    /// <summary>The most cities or locations offered.</summary>
    public const int MaxPlaces = 30;

    /// <summary>The location choice meaning "the one of each number's own city".</summary>
    public const string OwnCity = "own-city";

    /// <summary>Builds the form.</summary>
    /// <param name="people">People who may get a number (title, object id).</param>
    /// <param name="selected">Object ids picked already (named in the sentence).</param>
    /// <param name="pools">Cities with free user numbers (title with the count, <c>country|city</c>).</param>
    /// <param name="locations">Validated emergency locations (title, location id).</param>
    /// <param name="language">The language of the card.</param>
    public static AdaptiveCard Build(
        IReadOnlyList<Choice> people, IReadOnlyList<string> selected, IReadOnlyList<Choice> pools, IReadOnlyList<Choice> locations, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var body = new List<CardElement>
        {
            new TextBlock(T("BulkNumbers_Title")) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(T("BulkNumbers_Intro")) { Subtle = true },
            new InputChoiceSet("people", T("BulkNumbers_People"), people.Take(MaxPeople).ToArray())
            {
                IsMultiSelect = true,
                IsRequired = true,
                ErrorMessage = T("BulkNumbers_PeopleRequired"),
                Selected = selected,
            },
            new InputChoiceSet("pool", T("BulkNumbers_Pool"), pools.Take(MaxPlaces).ToArray())
            {
                IsRequired = true,
                ErrorMessage = T("BulkNumbers_PoolRequired"),
                Selected = pools.Count > 0 ? [pools[0].Value] : [],
            },
            new InputChoiceSet("location", T("BulkNumbers_Location"), [new Choice(T("BulkNumbers_LocationOwnCity"), OwnCity), .. locations.Take(MaxPlaces)])
            {
                Selected = [OwnCity],
            },
        };
        // The inputs fill the payload on click: the button's own data carries the verb alone.
        var plan = new CardAction(T("BulkNumbers_Plan"), BulkNumbersPayload.Verb, new JsonObject { [CardPayloads.VerbProperty] = BulkNumbersPayload.Verb }) { Primary = true };
        return new AdaptiveCard([.. body], [plan]);
    }
}
