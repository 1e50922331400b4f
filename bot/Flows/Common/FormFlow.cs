using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Common;

/// <summary>
/// The submit button of every step form: the form's fields, checked by <see cref="FormFieldRules"/>,
/// become the slots of the intent the form names, and that intent's flow runs exactly as if the admin
/// had typed the sentence (it asks for what is missing, shows its plan card, checks roles).
/// </summary>
public sealed class FormFlow(IntentFlows intents) : IActionFlow
{
    // The intents a form may submit: setup commands that always end in a plan card or a question.
    private static readonly HashSet<IntentKind> FormIntents =
    [
        IntentKind.BuyLicenses, IntentKind.AssignLicensesBulk, IntentKind.SearchNumbers, IntentKind.PortNumbers,
        IntentKind.AssignNumber, IntentKind.SetupConferencing, IntentKind.CreateCallQueue, IntentKind.CreateAutoAttendant,
        IntentKind.CreateResourceAccount, IntentKind.AssignServiceNumber, IntentKind.FundCredits,
    ];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [SubmitFormPayload.Verb];

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<SubmitFormPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        if (!Enum.TryParse<IntentKind>(payload.Value.Intent, ignoreCase: false, out var kind)
            || !FormIntents.Contains(kind)
            || intents.For(kind) is not { } flow)
        {
            return ActionRouter.Failed(turn, new Error("card.unknown_action"));
        }

        var slots = Slots(data, payload.Value.Section);
        if (!slots.IsSuccess)
        {
            return ActionRouter.Failed(turn, slots.Error);
        }

        var language = turn.Language == Language.French ? "fr" : "en";
        await flow.RunAsync(turn, new Intent(kind, slots.Value, language), cancellationToken);
        return new ActionResult(BotText.Get(turn.Language, "Form_Received")) { Quiet = true };
    }

    /// <summary>The slots the form's filled fields give; a field with an unacceptable value refuses the whole form.</summary>
    public static Result<IReadOnlyDictionary<string, string>> Slots(JsonElement data, string? section)
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in FormFieldRules.Known)
        {
            if (!data.TryGetProperty(SubmitFormPayload.InputId(section, field), out var value) || Text(value) is not { } text)
            {
                continue;
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (FormFieldRules.Slots(field, text) is not { } filled)
            {
                return new Error("form.invalid_field", field);
            }

            foreach (var (slot, slotValue) in filled)
            {
                slots[slot] = slotValue;
            }
        }

        return slots;
    }

    // Clients send input values as strings; some send numbers as numbers. Anything else is not a value.
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim(),
        JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : null,
        _ => null,
    };
}
