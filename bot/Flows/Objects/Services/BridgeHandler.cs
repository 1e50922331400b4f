using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// The tenant's audio conferencing bridge as an object (one per tenant): list (its dial-in numbers, shared ones too, or
/// its organizers when asked), show (name, numbers on invites, providers, numbers and their languages, settings, invite
/// customisation; Edit / Remove for admins), change (every conferencing setting, several at once, from the sentence
/// (<see cref="BridgeSentence"/>), else a prefilled form) and remove (takes a dedicated number off the bridge; the bridge
/// itself cannot be removed, and says why). Every change is one plan checked against core's rules, applied by one
/// <see cref="EditBridge"/> with the plan's key, and only if conferencing is as it was planned against.
/// </summary>
public sealed class BridgeHandler(
    ConferencingService conferencing, NumberQueries numbers, IDirectoryStore directory, CreditsService credits, TimeProvider time)
    : IObjectHandler, IPlannedFlow, IActionFlow
{
    private const string OperationSlot = "bridge.op";
    private const string SeenSlot = "bridge.seen";
    private const string EditSlot = "bridge.edit";
    private const string RemoveOperation = "remove";

    private readonly BridgeReads _reads = new(conferencing, directory);

    /// <summary>The words that name the bridge itself, so "rename the bridge…" needs no name.</summary>
    private static readonly string[] KindWords =
        ["bridge", "conference bridge", "conferencing bridge", "audio conferencing", "pont", "pont de conference", "pont de conferences", "audioconference"];

    /// <summary>
    /// The settings only conferencing has: a sentence about them ("set the invite footer…", « le numéro … parle français »)
    /// names the one bridge even without saying "bridge".
    /// </summary>
    private static readonly string[] SettingWords =
    [
        "invite", "invites", "invitation", "invitations", "announcements", "annonces", "name recording", "enregistrement des noms",
        "enregistrement du nom", "languages", "langues", "speaks", "parle", "provider", "fournisseur", "organizer", "organizers",
        "organisateur", "organisateurs", "toll free", "numero gratuit", "masking", "mask", "masque", "pin", "pstn", "emails", "courriels",
        "acp", "footer", "pied de page", "logo", "announce", "announcement", "annonce", "tone", "tonalite", "entry", "exit", "arrivees",
        "departs", "recording", "masquage",
    ];

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
        return state.IsSuccess ? new[] { new NamedObject(state.Value.Bridge.Id, state.Value.Bridge.Name, [.. KindWords, .. SettingWords]) }
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

        if (ServiceSentence.Has(intent.Text, "organizer", "organizers", "organiser", "organisers", "organisateur", "organisateurs"))
        {
            await _reads.ListOrganizersAsync(turn, state, Kind, cancellationToken);
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
        if (await _reads.LoadAsync(turn, cancellationToken) is not { } now)
        {
            return;
        }

        var language = turn.Language;
        var state = now.State;
        CardAction[] buttons = turn.Actor.IsAdmin
            ?
            [
                ObjectButtons.Create(BotText.Get(language, "SvcObj_Edit"), IntentKind.ChangeObject, Kind, state.Bridge.Id),
                ObjectButtons.Create(BotText.Get(language, "SvcObj_RemoveNumberButton"), IntentKind.RemoveObject, Kind, state.Bridge.Id),
                ObjectButtons.Export(language, ObjectKind.ConferenceBridge, string.Empty),
            ]
            : [];
        var detail = new DetailSummary(BotText.Get(language, "SvcObj_BridgeTitle", state.Bridge.Name), BridgeView.Facts(state, now.Settings, now.Organizers, language), buttons)
        {
            Notes = state.Numbers.Any(n => !n.Number.Shared) ? [] : [BotText.Get(language, "SvcObj_BridgeSharedOnly")],
        };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await _reads.LoadAsync(turn, cancellationToken) is not { } now)
        {
            return;
        }

        var people = await directory.ListAsync(turn.Actor.Tenant, cancellationToken);
        var edit = BridgeSentence.Read(intent.Text, now.State.Bridge, people.Select(p => new BridgePerson(p.AadObjectId, p.DisplayName)).ToArray());
        if (edit.IsEmpty)
        {
            var free = await numbers.ListAsync(turn.Actor, new NumberFilter(Status: PstnAssignmentStatus.Unassigned), cancellationToken: cancellationToken);
            var conference = free.IsSuccess ? free.Value.Items.Where(n => n.Type.IsConference()).ToArray() : [];
            await turn.SendCardAsync(BridgeForm.Form(now.State.Bridge, now.Settings, now.Organizers, conference, turn.Language), cancellationToken);
            return;
        }

        await PlanAsync(turn, now, edit, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await _reads.LoadAsync(turn, cancellationToken) is not { } now)
        {
            return;
        }

        var state = now.State;
        var number = ServiceSentence.Numbers(intent.Text).FirstOrDefault();
        if (number is null)
        {
            var language = turn.Language;
            var dedicated = state.Numbers.Where(n => !n.Number.Shared && !n.IsBridgeDefault).Select(n => n.Number.Number).ToArray();
            await turn.SendTextAsync(BotText.Get(language, "SvcObj_BridgeNotRemovable", state.Bridge.Name)
                + " " + (dedicated.Length == 0 ? BotText.Get(language, "SvcObj_BridgeNothingToUnassign") : BotText.Get(language, "SvcObj_BridgeWhichNumber", string.Join(", ", dedicated))),
                cancellationToken);
            return;
        }

        await PlanAsync(turn, now, new BridgeEdit { RemoveNumber = number }, cancellationToken, removing: true);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var read = await _reads.ReadAsync(turn.Actor, cancellationToken);
        if (!read.IsSuccess)
        {
            return ActionResult.Failure(read.Error, language);
        }

        var now = read.Value;
        if (now.Fingerprint != slots.GetValueOrDefault(SeenSlot))
        {
            return new ActionResult(BotText.Get(language, "SvcObj_BridgeChangedMeanwhile", now.State.Bridge.Name)) { Failed = true };
        }

        // Every part in one command: all applied, or none when one is refused.
        var edit = BridgeEdit.Read(slots.GetValueOrDefault(EditSlot));
        var done = await conferencing.EditBridgeAsync(edit.ToCommand(turn.Actor, key, now.Settings), cancellationToken);
        if (!done.IsSuccess)
        {
            return ActionResult.Failure(done.Error, language);
        }

        var names = await _reads.NamesAsync(turn, cancellationToken);
        var text = BotText.Get(language, slots.GetValueOrDefault(OperationSlot) == RemoveOperation ? "SvcObj_BridgeNumberRemoved" : "SvcObj_BridgeChanged", edit.RemoveNumber ?? string.Empty);
        var lines = BridgeChanges.Lines(now.State.Bridge, now.Settings, now.Organizers, edit, names, language);
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, lines), language));
    }

    /// <summary>The edit form's submit: what differs from conferencing as it is becomes a plan, exactly like a sentence.</summary>
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

        var read = await _reads.ReadAsync(turn.Actor, cancellationToken);
        if (!read.IsSuccess)
        {
            return ActionRouter.Failed(turn, read.Error);
        }

        if (read.Value.Fingerprint != payload.Value.Seen)
        {
            return new ActionResult(BotText.Get(turn.Language, "SvcObj_BridgeChangedMeanwhile", read.Value.State.Bridge.Name)) { Failed = true };
        }

        var edit = BridgeForm.Read(data, read.Value.State.Bridge);
        if (!edit.IsSuccess)
        {
            return ActionRouter.Failed(turn, edit.Error);
        }

        await PlanAsync(turn, read.Value, edit.Value, cancellationToken);
        return new ActionResult(BotText.Get(turn.Language, "Form_Received")) { Quiet = true };
    }

    private async Task PlanAsync(FlowTurn turn, BridgeSnapshot now, BridgeEdit asked, CancellationToken cancellationToken, bool removing = false)
    {
        var language = turn.Language;
        var bridge = now.State.Bridge;
        (asked, var unmovable) = BridgeOrganizerMove.SpellOut(asked, bridge, now.Organizers, language);
        if (unmovable is not null)
        {
            await turn.SendTextAsync(unmovable, cancellationToken);
            return;
        }

        var edit = asked.Against(bridge, now.Settings, now.Organizers);
        if (edit.LanguagesWithoutNumber)
        {
            var dedicated = bridge.Numbers.Where(n => !n.Shared).Select(n => n.Number).ToArray();
            await turn.SendTextAsync(dedicated.Length == 0
                ? BotText.Get(language, "Conf2_LanguagesNoDedicated")
                : BotText.Get(language, "Conf2_LanguagesWhichNumber", string.Join(", ", dedicated)), cancellationToken);
            return;
        }

        if (edit.IsEmpty)
        {
            await turn.SendTextAsync(BotText.Get(language, "SvcObj_AlreadySo", bridge.Name), cancellationToken);
            return;
        }

        edit = edit with { MoveOrganizers = edit.MoveOrganizers ?? (edit.DefaultNumber is not null ? true : null) };
        var names = await _reads.NamesAsync(turn, cancellationToken);
        var tollFree = edit.TollFreeDefault is not null || edit.Organizers.Any(o => o.TollFreeNumber is not null);
        var hasCredits = !tollFree || (await credits.GetAccountAsync(turn.Actor, time.GetUtcNow(), cancellationToken)) is { IsSuccess: true, Value.HasPositiveBalance: true };
        if (BridgePlanRules.Check(edit, bridge, now.Settings, now.Organizers, names, hasCredits) is { } refusal)
        {
            await turn.SendTextAsync(refusal.Describe(language), cancellationToken);
            return;
        }

        var slots = new Dictionary<string, string>
        {
            [EditSlot] = edit.Write(),
            [OperationSlot] = removing ? RemoveOperation : "change",
            [SeenSlot] = now.Fingerprint,
        };
        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var plan = new PlanSummary(planId, BotText.Get(language, "SvcObj_BridgePlanTitle", bridge.Name),
            BridgeChanges.Lines(bridge, now.Settings, now.Organizers, edit, names, language))
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
}
