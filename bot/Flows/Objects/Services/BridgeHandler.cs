using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// The tenant's audio conferencing bridge as an object (one per tenant): list (its dial-in numbers, shared ones too),
/// show (name, default number, numbers, languages, settings; Edit / Remove for admins), change (rename, default number,
/// add or take off a dial-in number, PIN length, announcements, name recording: from the sentence, else a prefilled form)
/// and remove (takes a dedicated number off the bridge; the bridge itself cannot be removed, and says why). Changes go
/// through core's bridge and settings commands with the plan's key, and only if the bridge is as it was planned against.
/// </summary>
public sealed class BridgeHandler(ConferencingService conferencing, NumberQueries numbers) : IObjectHandler, IPlannedFlow, IActionFlow
{
    private const string OperationSlot = "bridge.op";
    private const string SeenSlot = "bridge.seen";
    private const string RemoveOperation = "remove";

    /// <summary>The words that name the bridge itself, so "rename the bridge…" needs no name.</summary>
    private static readonly string[] KindWords =
        ["bridge", "conference bridge", "conferencing bridge", "audio conferencing", "pont", "pont de conference", "pont de conferences", "audioconference"];

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.ConferenceBridge;

    /// <inheritdoc />
    public string Name => "objects.bridge";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [EditBridgePayload.Verb];

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var state = await conferencing.GetBridgeAsync(actor, cancellationToken);
        return state.IsSuccess ? new[] { new NamedObject(state.Value.Bridge.Id, state.Value.Bridge.Name, KindWords) }
            : state.Error.Code == "conferencing.not_enabled" ? Array.Empty<NamedObject>()
            : state.Error;
    }

    /// <inheritdoc />
    public async Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (await StateAsync(turn, cancellationToken) is not { } state)
        {
            return;
        }

        var language = turn.Language;
        var detail = new DetailSummary(BotText.Get(language, "SvcObj_BridgeNumbersTitle", state.Bridge.Name, state.Numbers.Count),
            BridgeView.NumberFacts(state, language).ToArray(),
            [ObjectButtons.Create(BotText.Get(language, "SvcObj_Show"), IntentKind.ShowObject, Kind, state.Bridge.Id)]);
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await StateAsync(turn, cancellationToken) is not { } state || await SettingsAsync(turn, cancellationToken) is not { } settings)
        {
            return;
        }

        var language = turn.Language;
        CardAction[] buttons = turn.Actor.IsAdmin
            ?
            [
                ObjectButtons.Create(BotText.Get(language, "SvcObj_Edit"), IntentKind.ChangeObject, Kind, state.Bridge.Id),
                ObjectButtons.Create(BotText.Get(language, "SvcObj_RemoveNumberButton"), IntentKind.RemoveObject, Kind, state.Bridge.Id),
            ]
            : [];
        var detail = new DetailSummary(BotText.Get(language, "SvcObj_BridgeTitle", state.Bridge.Name), BridgeView.Facts(state, settings, language), buttons)
        {
            Notes = state.Numbers.Any(n => !n.Number.Shared) ? [] : [BotText.Get(language, "SvcObj_BridgeSharedOnly")],
        };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await StateAsync(turn, cancellationToken) is not { } state || await SettingsAsync(turn, cancellationToken) is not { } settings)
        {
            return;
        }

        var edit = BridgeEdit.Read(intent.Text, state.Bridge);
        if (edit.IsEmpty)
        {
            var free = await numbers.ListAsync(turn.Actor, new NumberFilter(Status: PstnAssignmentStatus.Unassigned), cancellationToken: cancellationToken);
            var conference = free.IsSuccess ? free.Value.Items.Where(n => n.Type.IsConference()).ToArray() : [];
            await turn.SendCardAsync(BridgeView.Form(state.Bridge, settings, conference, turn.Language), cancellationToken);
            return;
        }

        await PlanAsync(turn, state.Bridge, settings, edit, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await StateAsync(turn, cancellationToken) is not { } state || await SettingsAsync(turn, cancellationToken) is not { } settings)
        {
            return;
        }

        var language = turn.Language;
        var number = ServiceSentence.Numbers(intent.Text).FirstOrDefault();
        if (number is null)
        {
            var dedicated = state.Numbers.Where(n => !n.Number.Shared && !n.IsBridgeDefault).Select(n => n.Number.Number).ToArray();
            await turn.SendTextAsync(BotText.Get(language, "SvcObj_BridgeNotRemovable", state.Bridge.Name)
                + " " + (dedicated.Length == 0 ? BotText.Get(language, "SvcObj_BridgeNothingToUnassign") : BotText.Get(language, "SvcObj_BridgeWhichNumber", string.Join(", ", dedicated))),
                cancellationToken);
            return;
        }

        var entry = state.Numbers.FirstOrDefault(n => n.Number.Number == number);
        var refusal = entry is null ? new Error("conferencing.bridge.not_on_bridge", number)
            : entry.Number.Shared ? new Error("conferencing.bridge.shared_number", number)
            : entry.IsBridgeDefault ? new Error("conferencing.bridge.number_is_default", number)
            : entry.OrganizerDefaults > 0 ? new Error("conferencing.bridge.number_in_use", number, entry.OrganizerDefaults, entry.Number.Kind)
            : null;
        if (refusal is not null)
        {
            await turn.SendTextAsync(refusal.Describe(language), cancellationToken);
            return;
        }

        await PlanAsync(turn, state.Bridge, settings, new BridgeEdit { RemoveNumber = number }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var state = await conferencing.GetBridgeAsync(turn.Actor, cancellationToken);
        var settings = await conferencing.GetSettingsAsync(turn.Actor, cancellationToken);
        if (!state.IsSuccess || !settings.IsSuccess)
        {
            return ActionResult.Failure((state.IsSuccess ? settings.Error : state.Error)!, language);
        }

        if (BridgeEdit.Fingerprint(state.Value.Bridge, settings.Value) != slots.GetValueOrDefault(SeenSlot))
        {
            return new ActionResult(BotText.Get(language, "SvcObj_BridgeChangedMeanwhile", state.Value.Bridge.Name)) { Failed = true };
        }

        // Every part in one command: all applied, or none when one is refused.
        var edit = BridgeEdit.FromSlots(slots);
        var settingsChange = edit.PinLength is not null || edit.Announcements is not null || edit.NameRecording is not null
            ? new UpdateConferencingSettings(turn.Actor, key, edit.PinLength, edit.Announcements, EnableNameRecording: edit.NameRecording)
            : null;
        var done = await conferencing.EditBridgeAsync(
            new EditBridge(turn.Actor, key, edit.Name, edit.AddNumber, edit.DefaultNumber, edit.RemoveNumber, settingsChange), cancellationToken);
        if (!done.IsSuccess)
        {
            return ActionResult.Failure(done.Error, language);
        }

        var text = BotText.Get(language, slots.GetValueOrDefault(OperationSlot) == RemoveOperation ? "SvcObj_BridgeNumberRemoved" : "SvcObj_BridgeChanged", edit.RemoveNumber ?? string.Empty);
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, BridgeView.Changes(state.Value.Bridge, settings.Value, edit, language)), language));
    }

    /// <summary>The edit form's submit: what differs from the bridge becomes a plan, exactly like a sentence.</summary>
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, CommandRunner.RoleError(Role.Admin));
        }

        var payload = CardPayloads.Read<EditBridgePayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        var state = await conferencing.GetBridgeAsync(turn.Actor, cancellationToken);
        var settings = await conferencing.GetSettingsAsync(turn.Actor, cancellationToken);
        if (!state.IsSuccess || !settings.IsSuccess)
        {
            return ActionRouter.Failed(turn, (state.IsSuccess ? settings.Error : state.Error)!);
        }

        if (BridgeEdit.Fingerprint(state.Value.Bridge, settings.Value) != payload.Value.Seen)
        {
            return new ActionResult(BotText.Get(turn.Language, "SvcObj_BridgeChangedMeanwhile", state.Value.Bridge.Name)) { Failed = true };
        }

        var edit = BridgeView.Read(data);
        if (!edit.IsSuccess)
        {
            return ActionRouter.Failed(turn, edit.Error);
        }

        await PlanAsync(turn, state.Value.Bridge, settings.Value, edit.Value, cancellationToken);
        return new ActionResult(BotText.Get(turn.Language, "Form_Received")) { Quiet = true };
    }

    private async Task PlanAsync(FlowTurn turn, ConferenceBridge bridge, ConferencingSettings settings, BridgeEdit asked, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var edit = asked.Against(bridge, settings);
        if (edit.IsEmpty)
        {
            await turn.SendTextAsync(BotText.Get(language, "SvcObj_AlreadySo", bridge.Name), cancellationToken);
            return;
        }

        var invalid = edit.Name is { } name ? ConferencingRules.BridgeName(name).Error
            : edit.PinLength is { } pin ? ConferencingRules.PinLength(pin).Error
            : null;
        if (invalid is not null)
        {
            await turn.SendTextAsync(invalid.Describe(language), cancellationToken);
            return;
        }

        var slots = edit.ToSlots();
        slots[OperationSlot] = edit with { RemoveNumber = null } == new BridgeEdit() ? RemoveOperation : "change";
        slots[SeenSlot] = BridgeEdit.Fingerprint(bridge, settings);
        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var plan = new PlanSummary(planId, BotText.Get(language, "SvcObj_BridgePlanTitle", bridge.Name), BridgeView.Changes(bridge, settings, edit, language))
        {
            Warnings = edit.PinLength is not null ? [BotText.Get(language, "SvcObj_PinWarning")] : [],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    private async Task<BridgeState?> StateAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var state = await conferencing.GetBridgeAsync(turn.Actor, cancellationToken);
        if (state.IsSuccess)
        {
            return state.Value;
        }

        await turn.SendTextAsync(
            state.Error.Code == "conferencing.not_enabled" ? BotText.Get(turn.Language, "Objects_None_ConferenceBridge") : state.Error.Describe(turn.Language),
            cancellationToken);
        return null;
    }

    private async Task<ConferencingSettings?> SettingsAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var settings = await conferencing.GetSettingsAsync(turn.Actor, cancellationToken);
        if (!settings.IsSuccess)
        {
            await turn.SendTextAsync(settings.Error.Describe(turn.Language), cancellationToken);
            return null;
        }

        return settings.Value;
    }
}
