using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Help;

/// <summary>
/// "Did you mean…?": the sentence the bot was not sure of, the likeliest intents as buttons (each continues with the
/// same sentence as that intent) and "something else", which opens help.
/// </summary>
public static class DidYouMeanCard
{
    /// <summary>The intent "something else" continues with.</summary>
    public const string SomethingElse = "Help";

    /// <summary>Builds the card for <paramref name="text"/> and the intent names <paramref name="intents"/>, likeliest first.</summary>
    public static AdaptiveCard Build(string text, IReadOnlyList<string> intents, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);

        var body = new CardElement[]
        {
            new TextBlock(T("DidYouMean_Title")) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(T("DidYouMean_Said", text)) { Subtle = true },
            new TextBlock(T("DidYouMean_Pick")),
        };
        var buttons = intents
            .Select((intent, i) => Choice(T("Intent_" + intent), intent, text) with { Primary = i == 0 })
            .Append(Choice(T("DidYouMean_Else"), SomethingElse, text))
            .ToArray();
        return new AdaptiveCard(body, buttons);
    }

    /// <summary>The button label of an intent (<c>Intent_{name}</c> in the card strings).</summary>
    public static string Label(string intent, Language language) => CardText.Get(language, "Intent_" + intent);

    private static CardAction Choice(string title, string intent, string text) =>
        new(title, IntentChoicePayload.Verb, CardPayloads.Write(new IntentChoicePayload(intent, text)));
}
