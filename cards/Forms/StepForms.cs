using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Forms;

/// <summary>
/// The cards a checklist step opens with: what the step needs, as inputs, and a button that submits
/// them as the intent an admin could also type (<see cref="SubmitFormPayload"/>). A card with several
/// forms gives each one a section, so every button sends only its own fields' meaning.
/// </summary>
public static partial class StepForms
{
    /// <summary>A person, a phone number or an account an admin can pick: what is shown and what is sent.</summary>
    /// <param name="Title">What the picker shows.</param>
    /// <param name="Value">What the form sends (a UPN, an E.164 number).</param>
    public sealed record Option(string Title, string Value);

    private static AdaptiveCard Card(string title, string intro, IReadOnlyList<CardElement> form) =>
        new([new TextBlock(title) { Size = TextSize.Medium, Bolder = true }, new TextBlock(intro) { Subtle = true }, .. form], []);

    // One form of a card: a heading, its inputs, and its submit button right under them.
    private static Container Section(string? heading, IReadOnlyList<CardElement> inputs, CardAction submit, bool separator = false) =>
        new([.. heading is null ? [] : new CardElement[] { new TextBlock(heading) { Bolder = true } }, .. inputs, new ActionSet([submit])])
        {
            Separator = separator,
        };

    private static CardAction Submit(string title, string intent, string? section = null) =>
        new(title, SubmitFormPayload.Verb, CardPayloads.Write(new SubmitFormPayload(intent, section))) { Primary = true };

    private static InputChoiceSet Picker(string? section, string field, string label, IEnumerable<Option> options, bool multiple = false) =>
        new(SubmitFormPayload.InputId(section, field), label, options.Select(o => new Choice(o.Title, o.Value)).ToArray())
        {
            IsMultiSelect = multiple,
        };

    private static string T(Language language, string name, params object[] args) => CardText.Get(language, name, args);
}
