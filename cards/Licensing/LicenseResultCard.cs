using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Cards.Licensing;

/// <summary>One person's licenses after a change: what changed and what they now hold.</summary>
public static class LicenseResultCard
{
    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(LicenseChange change, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        return new AdaptiveCard(
            new TextBlock("✅ " + T("License_Title", change.DisplayName)) { Size = TextSize.Medium, Bolder = true, Color = TextColor.Good },
            new FactSet(
            [
                new Fact(T("License_Changed"), SkuText.List(change.Changed, language)),
                new Fact(T("License_Held"), SkuText.List(change.Held, language)),
            ]));
    }
}
