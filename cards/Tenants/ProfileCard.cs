using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Cards.Tenants;

/// <summary>
/// The organisation profile: what is stored (name, default country, billing currency) as a form an admin can
/// change and save. When the setup asks for it the first time, it says why and offers to skip.
/// </summary>
public static class ProfileCard
{
    /// <summary>Builds the card for <paramref name="profile"/> (null: nothing stored yet); <paramref name="asking"/> adds the first-time question and Skip.</summary>
    public static AdaptiveCard Build(TenantProfile? profile, string idempotencyKey, Language language, bool asking = false)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var none = T("Profile_NotGiven");

        var body = new List<CardElement>
        {
            new TextBlock(T(asking ? "Profile_AskTitle" : "Profile_Title")) { Size = TextSize.Medium, Bolder = true },
        };
        if (asking)
        {
            body.Add(new TextBlock(T("Profile_AskIntro")));
        }
        else
        {
            body.Add(new FactSet(
            [
                new Fact(T("Profile_Name"), profile?.DisplayName ?? none),
                new Fact(T("Profile_Country"), profile?.Country ?? none),
                new Fact(T("Profile_Currency"), profile?.Currency ?? none),
            ]));
        }

        body.Add(new InputText(ProfileInputs.Name, T("Profile_Name"))
        {
            Value = profile?.DisplayName,
            MaxLength = ProfileRules.MaxNameLength,
            Placeholder = T("Profile_NameHint"),
        });
        body.Add(new InputText(ProfileInputs.Country, T("Profile_Country")) { Value = profile?.Country, MaxLength = 60, Placeholder = T("Profile_CountryHint") });
        body.Add(new InputChoiceSet(ProfileInputs.Currency, T("Profile_Currency"), ProfileRules.Currencies.Select(c => new Choice(c, c)).ToArray())
        {
            Placeholder = T("Profile_CurrencyHint"),
            Selected = profile?.Currency is { } currency ? [currency] : [],
        });

        var actions = new List<CardAction>
        {
            new(T("Profile_Save"), SaveProfilePayload.Verb, CardPayloads.Write(new SaveProfilePayload(idempotencyKey))) { Primary = true },
        };
        if (asking)
        {
            actions.Add(new CardAction(T("Profile_Skip"), SkipProfilePayload.Verb, CardPayloads.Write(new SkipProfilePayload(idempotencyKey))) { IgnoreInputs = true });
        }

        return new AdaptiveCard(body, actions);
    }
}
