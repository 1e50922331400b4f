using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Helpdesk;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Triage;

namespace ChatPhone.Bot.Flows.Helpdesk;

/// <summary>
/// "I can't call out": triage from the person's real state, told plainly; when an admin must act, a ticket is
/// opened for the helpdesk channel (once per person and symptom). "Check Alex's phone setup" (helpdesk, admins)
/// shows the same causes about Alex, with a button that opens the ticket.
/// </summary>
public sealed class TriageFlow(TriageService triage, TicketService tickets, PeopleResolver people, ITicketNotifier notifier) : IIntentFlow, IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.ReportProblem, IntentKind.CheckPhoneSetup];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [OpenTicketPayload.Verb];

    /// <inheritdoc />
    public Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) =>
        intent.Kind == IntentKind.ReportProblem || intent.Slots.GetValueOrDefault(SlotNames.Person) is null
            ? ReportAsync(turn, intent, cancellationToken)
            : CheckAsync(turn, intent, cancellationToken);

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<OpenTicketPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        var key = IdempotencyKey.TryCreate(payload.Value.IdempotencyKey);
        if (!key.IsSuccess || !Enum.TryParse<Symptom>(payload.Value.Symptom, out var symptom))
        {
            return ActionRouter.Failed(turn, new Error("card.invalid_payload"));
        }

        // The state may have changed since the check: diagnose again, and open the ticket on what is true now.
        var report = await triage.DiagnoseAsync(turn.Actor, payload.Value.UserId, symptom, cancellationToken: cancellationToken);
        if (!report.IsSuccess)
        {
            return ActionRouter.Failed(turn, report.Error);
        }

        if (!report.Value.NeedsAdmin)
        {
            return new ActionResult(BotText.Get(turn.Language, "Triage_NoTicketNeeded", report.Value.DisplayName));
        }

        var ticket = await tickets.OpenAsync(new OpenTicket(turn.Actor, key.Value, report.Value), cancellationToken);
        if (!ticket.IsSuccess)
        {
            return ActionRouter.Failed(turn, ticket.Error);
        }

        notifier.Changed(turn);
        return new ActionResult(BotText.Get(turn.Language, "Triage_TicketOpenedFor", ticket.Value.Id, report.Value.DisplayName));
    }

    // The person's own problem: what is wrong, and a ticket when an admin must act.
    private async Task ReportAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var symptom = Symptom(intent);
        var report = await triage.DiagnoseAsync(turn.Actor, turn.Actor.UserId, symptom, Details(intent), cancellationToken);
        if (!report.IsSuccess)
        {
            await turn.SendTextAsync(report.Error.Describe(language), cancellationToken);
            return;
        }

        // Asked as a question ("is my line broken?") or as a check ("check my phone setup"), the ticket is offered, never
        // opened unasked: only a reported problem is sure enough to open one (and a check is understood at a lower bar).
        var offer = report.Value.NeedsAdmin && (intent.IsQuestion || intent.Kind == IntentKind.CheckPhoneSetup)
            ? new OpenTicketPayload(turn.Actor.UserId, symptom.ToString(), IdempotencyKey.New().Value)
            : null;
        await turn.SendCardAsync(TriageCard.Build(BotText.Get(language, "Triage_Title"),
            TicketViews.Causes(report.Value, [], language, about: false), offer, language), cancellationToken);
        if (!report.Value.NeedsAdmin || offer is not null)
        {
            var next = offer is not null ? "Triage_TicketOffered" : report.Value.Causes.Count == 0 ? "Triage_NothingFound" : "Triage_YouCanFix";
            await turn.SendTextAsync(BotText.Get(language, next), cancellationToken);
            return;
        }

        var ticket = await tickets.OpenAsync(new OpenTicket(turn.Actor, IdempotencyKey.New(), report.Value), cancellationToken);
        if (!ticket.IsSuccess)
        {
            await turn.SendTextAsync(ticket.Error.Describe(language), cancellationToken);
            return;
        }

        notifier.Changed(turn);
        await turn.SendTextAsync(BotText.Get(language, "Triage_TicketOpened", ticket.Value.Id), cancellationToken);
    }

    // Helpdesk and admins: someone else's setup, with a button that hands it to the admins.
    private async Task CheckAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (turn.Actor.Role < Role.Helpdesk)
        {
            await turn.SendTextAsync(new Error("auth.helpdesk_required").Describe(language), cancellationToken);
            return;
        }

        var person = await people.ResolveAsync(turn.Actor, intent.Slots[SlotNames.Person], cancellationToken);
        if (!person.IsSuccess)
        {
            await turn.SendTextAsync(person.Error.Describe(language), cancellationToken);
            return;
        }

        var symptom = Symptom(intent);
        var report = await triage.DiagnoseAsync(turn.Actor, person.Value.AadObjectId, symptom, Details(intent), cancellationToken);
        if (!report.IsSuccess)
        {
            await turn.SendTextAsync(report.Error.Describe(language), cancellationToken);
            return;
        }

        var open = report.Value.NeedsAdmin ? new OpenTicketPayload(person.Value.AadObjectId, symptom.ToString(), IdempotencyKey.New().Value) : null;
        await turn.SendCardAsync(TriageCard.Build(TicketViews.Title(report.Value, language),
            TicketViews.Causes(report.Value, [], language, about: true), open, language), cancellationToken);
    }

    private static Symptom Symptom(Intent intent) =>
        Enum.TryParse<Symptom>(intent.Slots.GetValueOrDefault(SlotNames.Symptom), out var symptom) ? symptom : Core.Triage.Symptom.General;

    private static TriageDetails Details(Intent intent) =>
        new(intent.Slots.GetValueOrDefault(SlotNames.Queue), intent.Slots.GetValueOrDefault(SlotNames.PhoneNumber));
}

/// <summary>Tells the proactive sender that a turn queued messages (a ticket, a change), so they go out at once.</summary>
public interface ITicketNotifier
{
    /// <summary>Called after a change that queued messages in <paramref name="turn"/>'s tenant.</summary>
    void Changed(FlowTurn turn);
}
