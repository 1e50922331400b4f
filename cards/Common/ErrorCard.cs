using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Common;

/// <summary>An expected failure: its message in the reader's language, its stable code, and what to try.</summary>
public static class ErrorCard
{
    /// <summary>Builds the card; <paramref name="nextStep"/> is an already worded suggestion, if any.</summary>
    public static AdaptiveCard Build(Error error, Language language, string? nextStep = null)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);

        var body = new List<CardElement>
        {
            new TextBlock("⛔ " + T("Error_Title")) { Size = TextSize.Medium, Bolder = true, Color = TextColor.Attention },
            new TextBlock(error.Describe(language)),
        };
        if (nextStep is not null)
        {
            body.Add(new TextBlock(T("Result_Next", nextStep)) { Bolder = true });
        }

        body.Add(new TextBlock(T("Error_Code", error.Code)) { Subtle = true });
        return new AdaptiveCard([.. body]);
    }
}
