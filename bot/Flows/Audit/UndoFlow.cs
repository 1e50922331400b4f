using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Audit.Undo;
using ChatPhone.Core.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Audit;

/// <summary>
/// "undo the last change" / "annule la dernière modification", and the Undo button of a result card: the inverse of
/// one of the admin's own changes, read from the audit trail's before/after, shown as a plan card ("here is exactly what
/// goes back") and applied on Confirm by <see cref="UndoService"/> — atomic, idempotent, audited, and refused with the
/// reason when something changed since or depends on it. Saying it again goes one change further back.
/// </summary>
public sealed class UndoFlow(UndoService undo, IDirectoryStore directory, TimeProvider clock) : IIntentFlow, IActionFlow, IPlannedFlow
{
    /// <summary>How long after a change its result card's Undo button works.</summary>
    public static readonly TimeSpan ButtonWindow = TimeSpan.FromMinutes(10);

    private const string AtSlot = "undoAt";
    private const string EntrySlot = "undoEntry";

    // The longest list of fields one document's fact shows.
    private const int MaxFieldsShown = 6;

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.Undo];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [UndoChangePayload.Verb];

    /// <summary>The name of the undo's own plans (an undo's result card has no Undo button of its own).</summary>
    public const string PlanName = "undo";

    /// <inheritdoc />
    public string Name => PlanName;

    /// <summary>The Undo button for <paramref name="change"/>, to put on the card that reports it.</summary>
    public static CardAction Button(ChangeRef change, Language language) =>
        new(BotText.Get(language, "Undo_Button"), UndoChangePayload.Verb,
            CardPayloads.Write(new UndoChangePayload(change.At.UtcTicks, change.EntryId)));

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var last = await undo.LastChangeAsync(turn.Actor, cancellationToken);
        if (!last.IsSuccess)
        {
            await turn.SendTextAsync(last.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        if (last.Value is not { } change)
        {
            await turn.SendTextAsync(BotText.Get(turn.Language, "Undo_NothingLeft", (int)UndoService.LookBack.TotalDays), cancellationToken);
            return;
        }

        await PlanAsync(turn, change.Change, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<UndoChangePayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        if (payload.Value.At < 0 || payload.Value.At > DateTimeOffset.MaxValue.UtcTicks)
        {
            return ActionResult.Failure(new Error("undo.change_not_found"), turn.Language);
        }

        var at = new DateTimeOffset(payload.Value.At, TimeSpan.Zero);

        if (clock.GetUtcNow() - at > ButtonWindow)
        {
            return new ActionResult(BotText.Get(turn.Language, "Undo_ButtonExpired", (int)ButtonWindow.TotalMinutes));
        }

        await PlanAsync(turn, new ChangeRef(at, payload.Value.EntryId), cancellationToken);
        return new ActionResult(BotText.Get(turn.Language, "Help_Asked")) { Quiet = true };
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var change = new ChangeRef(new DateTimeOffset(long.Parse(slots[AtSlot], CultureInfo.InvariantCulture), TimeSpan.Zero), slots[EntrySlot]);
        var done = await undo.ApplyAsync(new UndoChange(turn.Actor, key, change), cancellationToken);
        if (!done.IsSuccess)
        {
            return ActionResult.Failure(done.Error, language);
        }

        var names = new List<string>();
        foreach (var name in done.Value.Names)
        {
            names.Add(await PersonOrNamedAsync(turn.Actor, name, language, cancellationToken));
        }

        var text = BotText.Get(language, "Undo_Done", string.Join(", ", names));
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, []), language));
    }

    private async Task PlanAsync(FlowTurn turn, ChangeRef change, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var plan = await undo.PlanAsync(turn.Actor, change, cancellationToken);
        if (!plan.IsSuccess)
        {
            await turn.SendTextAsync(plan.Error.Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [AtSlot] = change.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            [EntrySlot] = change.EntryId,
        });
        var title = BotText.Get(language, "Undo_PlanTitle", CardDates.DateTime(change.At));
        var facts = new List<Fact>();
        foreach (var step in plan.Value.Steps)
        {
            facts.Add(new Fact(await LabelAsync(turn.Actor, step, language, cancellationToken), Effect(step, language)));
        }

        await turn.SendCardAsync(PlanCard.Build(new PlanSummary(planId, title, facts), key, language), cancellationToken);
    }

    // The kind of document and its name; documents kept per person (their licenses, their lines) are named by the person.
    private async Task<string> LabelAsync(Actor actor, UndoStep step, Language language, CancellationToken cancellationToken)
    {
        var name = step.Name == step.Id && PerPerson.Contains(step.Collection)
            ? await PersonOrNamedAsync(actor, step.Id, language, cancellationToken)
            : Named(step.Name, language);
        return BotText.Get(language, "UndoDoc_" + step.Collection.Replace('-', '_')) + " " + name;
    }

    // A document kept per person is named by the person's id: shown by their name when the directory knows them.
    private async Task<string> PersonOrNamedAsync(Actor actor, string name, Language language, CancellationToken cancellationToken)
    {
        var named = Named(name, language);
        if (named != name)
        {
            return named;
        }

        var person = await directory.FindAsync(actor.Tenant, name, cancellationToken);
        return person.IsSuccess ? person.Value.DisplayName : name;
    }

    // A license subscription is kept under its SKU's code: it is shown by the license's name.
    private static string Named(string name, Language language) =>
        Enum.TryParse<Sku>(name, out var sku) && Enum.IsDefined(sku) && !int.TryParse(name, out _) ? SkuText.Name(sku, language) : name;

    private static readonly HashSet<string> PerPerson = new(StringComparer.Ordinal) { "licenses", "user-numbers", "people" };

    private static string Effect(UndoStep step, Language language) => step.Effect switch
    {
        UndoEffect.Remove => BotText.Get(language, "Undo_Removed"),
        UndoEffect.PutBack => BotText.Get(language, "Undo_PutBack"),
        _ => Fields(step, language),
    };

    // A stored field as the person knows it ("Bought", « Achetées »); a field without a label keeps its stored name.
    private static string FieldName(string field, Language language) =>
        BotText.Table.Find(language.Culture(), "UndoField_" + field) ?? field;

    // The fields a person set, by their own name ("name", not "settings.name"); the bookkeeping of every document
    // (when it was last updated) is left out.
    private static string Fields(UndoStep step, Language language)
    {
        var shown = step.Fields
            .Select(f => (Name: f.Path[(f.Path.LastIndexOf('.') + 1)..], f.Now, f.Restored))
            .Where(f => !f.Name.EndsWith("At", StringComparison.Ordinal) && f.Name is not ("version" or "etag"))
            .ToArray();
        if (shown.Length == 0)
        {
            return BotText.Get(language, "Undo_PutBack");
        }

        return string.Join("; ", shown.Take(MaxFieldsShown).Select(f => BotText.Get(language, "Undo_Field", FieldName(f.Name, language), f.Now, f.Restored)))
            + (shown.Length > MaxFieldsShown ? "; …" : string.Empty);
    }
}
