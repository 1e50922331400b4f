using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows;

/// <summary>
/// The buttons of object cards (<see cref="ObjectButtons"/>): each runs its intent's flow on the object it names. Only
/// flows that take an object id (<see cref="ITargetedFlow"/>) can be reached; they look the id up in the clicker's own
/// tenant and check the clicker's role, so a forged payload can do nothing the person could not type.
/// </summary>
public sealed class ObjectButtonFlow(IntentFlows intentFlows) : IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [ObjectActionPayload.Verb, ObjectListPagePayload.Verb];

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (verb == ObjectListPagePayload.Verb)
        {
            return await PageAsync(turn, data, cancellationToken);
        }

        var payload = CardPayloads.Read<ObjectActionPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        if (!Enum.TryParse<IntentKind>(payload.Value.Intent, out var kind)
            || !Enum.IsDefined(kind)
            || intentFlows.For(kind) is not ITargetedFlow flow
            || !Enum.TryParse<ObjectKind>(payload.Value.Kind, out var objectKind)
            || !Enum.IsDefined(objectKind)
            || string.IsNullOrWhiteSpace(payload.Value.ObjectId))
        {
            return ActionRouter.Failed(turn, new Error("card.invalid_payload"));
        }

        var language = turn.Language == Language.French ? "fr" : "en";
        var slots = new Dictionary<string, string>
        {
            [SlotNames.ObjectKind] = objectKind.ToString(),
            [SlotNames.ObjectId] = payload.Value.ObjectId,
        };
        await flow.RunAsync(turn, new Intent(kind, slots, language), cancellationToken);
        return new ActionResult(BotText.Get(turn.Language, "Help_Asked")) { Quiet = true };
    }

    // "Show more" of a long list: the same sentence again, at the next page; the list flow checks the role again.
    private async Task<ActionResult> PageAsync(FlowTurn turn, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<ObjectListPagePayload>(data);
        if (!payload.IsSuccess
            || !Enum.TryParse<ObjectKind>(payload.Value.Kind, out var objectKind)
            || !Enum.IsDefined(objectKind)
            || payload.Value.Page < 1
            || intentFlows.For(IntentKind.ListObjects) is not ITargetedFlow flow)
        {
            return ActionRouter.Failed(turn, payload.IsSuccess ? new Error("card.invalid_payload") : payload.Error);
        }

        var slots = new Dictionary<string, string>
        {
            [SlotNames.ObjectKind] = objectKind.ToString(),
            [SlotNames.Page] = payload.Value.Page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var language = turn.Language == Language.French ? "fr" : "en";
        await flow.RunAsync(turn, new Intent(IntentKind.ListObjects, slots, language) { Text = payload.Value.Text ?? string.Empty }, cancellationToken);
        return new ActionResult(BotText.Get(turn.Language, "Help_Asked")) { Quiet = true };
    }
}
