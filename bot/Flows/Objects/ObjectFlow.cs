using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Bot.Flows.Objects;

/// <summary>
/// "list the auto attendants", "show the Sales queue", "renomme la file Ventes en Sales", "supprime l'adresse Contoso
/// Lille": the generic list/show/change/remove intents, for every kind that has an <see cref="IObjectHandler"/>. The
/// object is the one a button names by id, or the existing object whose name the sentence contains (any phrasing, any
/// language); when the sentence names no kind, the kinds whose objects it names decide. Several candidates, or none, get
/// a card with one button per object. Everything is looked up in the actor's own tenant; helpdesk and admins only.
/// </summary>
public sealed class ObjectFlow(IEnumerable<IObjectHandler> handlers) : ITargetedFlow
{
    /// <summary>How many objects the "which one?" card offers as buttons; beyond that it asks for the name.</summary>
    public const int MaxChoices = 6;

    private readonly Dictionary<ObjectKind, IObjectHandler> _handlers = handlers.ToDictionary(h => h.Kind);

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } =
        [IntentKind.ListObjects, IntentKind.ShowObject, IntentKind.ChangeObject, IntentKind.RemoveObject];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var required = intent.Kind is IntentKind.ChangeObject or IntentKind.RemoveObject ? Role.Admin : Role.Helpdesk;
        if (turn.Actor.Role < required)
        {
            await turn.SendTextAsync(CommandRunner.RoleError(required).Describe(language), cancellationToken);
            return;
        }

        var named = Enum.TryParse<ObjectKind>(intent.Slots.GetValueOrDefault(SlotNames.ObjectKind), out var kind) && Enum.IsDefined(kind);
        if (named && !_handlers.ContainsKey(kind))
        {
            await turn.SendTextAsync(BotText.Get(language, "Objects_NotYet", KindName(kind, language)), cancellationToken);
            return;
        }

        if (intent.Kind == IntentKind.ListObjects)
        {
            await (named ? _handlers[kind].ListAsync(turn, intent, cancellationToken) : AskKindAsync(turn, cancellationToken));
            return;
        }

        var candidates = await CandidatesAsync(turn.Actor, named ? [_handlers[kind]] : _handlers.Values, intent, cancellationToken);
        if (!candidates.IsSuccess)
        {
            await turn.SendTextAsync(candidates.Error.Describe(language), cancellationToken);
            return;
        }

        var found = candidates.Value;
        if (found.Count == 0 && named && intent.ObjectId() is null)
        {
            // A kind word can be part of a name ("cq-sales@contoso.com" holds "cq"): an object of another kind the
            // sentence names exactly is then the one meant.
            var elsewhere = await CandidatesAsync(turn.Actor, _handlers.Values.Where(h => h.Kind != kind), intent, cancellationToken);
            if (elsewhere.IsSuccess && elsewhere.Value.Count == 1)
            {
                found = elsewhere.Value;
                kind = found[0].Handler.Kind;
            }
        }

        if (found.Count == 1)
        {
            var (handler, target) = found[0];
            await (intent.Kind switch
            {
                IntentKind.ShowObject => handler.ShowAsync(turn, target, intent, cancellationToken),
                IntentKind.ChangeObject => handler.ChangeAsync(turn, target, intent, cancellationToken),
                _ => handler.RemoveAsync(turn, target, intent, cancellationToken),
            });
            return;
        }

        if (intent.ObjectId() is not null)
        {
            await turn.SendTextAsync(BotText.Get(language, "Objects_Gone_" + kind), cancellationToken);
            return;
        }

        if (found.Count > 1)
        {
            await OfferAsync(turn, intent.Kind, found, BotText.Get(language, "Objects_WhichOne"), cancellationToken);
            return;
        }

        if (!named)
        {
            await AskKindAsync(turn, cancellationToken);
            return;
        }

        // A kind but no name: every object of the kind is a candidate.
        var all = await _handlers[kind].FindAllAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(language), cancellationToken);
            return;
        }

        if (all.Value.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "Objects_None_" + kind), cancellationToken);
            return;
        }

        if (all.Value.Count == 1 && intent.Kind == IntentKind.ShowObject)
        {
            await _handlers[kind].ShowAsync(turn, all.Value[0], intent, cancellationToken);
            return;
        }

        await OfferAsync(turn, intent.Kind, all.Value.Select(o => (_handlers[kind], o)).ToArray(), BotText.Get(language, "Objects_Which_" + kind), cancellationToken);
    }

    /// <summary>
    /// Shows the one object of the actor's tenant that a sentence the intent model placed nowhere names ("show Alex
    /// Wilber", « affiche Accueil »), as if the sentence had named its kind; false, with nothing said, when the actor may
    /// not see objects or the sentence names no object, or several.
    /// </summary>
    public async Task<bool> TryShowNamedAsync(FlowTurn turn, Intent intent, string text, CancellationToken cancellationToken)
    {
        if (turn.Actor.Role < Role.Helpdesk)
        {
            return false;
        }

        var show = intent with { Kind = IntentKind.ShowObject, Text = text };
        var candidates = await CandidatesAsync(turn.Actor, _handlers.Values, show, cancellationToken);
        if (!candidates.IsSuccess || candidates.Value.Count != 1)
        {
            return false;
        }

        var (handler, target) = candidates.Value[0];
        await handler.ShowAsync(turn, target, show, cancellationToken);
        return true;
    }

    /// <summary>The name of <paramref name="kind"/> in <paramref name="language"/> ("call queue", "file d'attente").</summary>
    public static string KindName(ObjectKind kind, Language language) => BotText.Get(language, "ObjectKind_" + kind);

    // The object a button named by id, else the objects whose name the sentence contains.
    private static async Task<Result<IReadOnlyList<(IObjectHandler Handler, NamedObject Target)>>> CandidatesAsync(
        Actor actor, IEnumerable<IObjectHandler> handlers, Intent intent, CancellationToken cancellationToken)
    {
        var found = new List<(IObjectHandler, NamedObject)>();
        Error? refused = null;
        var pairs = new List<(IObjectHandler Handler, NamedObject Target)>();
        foreach (var handler in handlers)
        {
            var all = await handler.FindAllAsync(actor, cancellationToken);
            if (!all.IsSuccess)
            {
                refused ??= all.Error;
                continue;
            }

            pairs.AddRange(all.Value.Select(o => (handler, o)));
        }

        if (intent.ObjectId() is { } id)
        {
            found.AddRange(pairs.Where(p => p.Target.Id == id).Take(1));
        }
        else
        {
            var mentioned = ObjectMentions.Find(intent.Text, pairs.Select(p => p.Target));
            found.AddRange(pairs.Where(p => mentioned.Contains(p.Target)));
        }

        return found.Count == 0 && refused is not null ? refused : found;
    }

    private static Task AskKindAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        turn.SendTextAsync(BotText.Get(turn.Language, "Objects_WhichKind"), cancellationToken);

    // "Which call queue?": one button per object (the same intent on it), or the names to type when there are too many.
    private static Task OfferAsync(
        FlowTurn turn, IntentKind intent, IReadOnlyList<(IObjectHandler Handler, NamedObject Target)> choices, string question, CancellationToken cancellationToken)
    {
        if (choices.Count > MaxChoices)
        {
            var names = string.Join(", ", choices.Select(c => c.Target.Name).Order(StringComparer.CurrentCultureIgnoreCase));
            return turn.SendTextAsync(BotText.Get(turn.Language, "Objects_SayWhich", question, names), cancellationToken);
        }

        var buttons = choices
            .Select(c => ObjectButtons.Create(Clip(c.Target.Name), intent, c.Handler.Kind, c.Target.Id))
            .ToArray();
        return turn.SendCardAsync(new AdaptiveCard([new TextBlock(question) { Bolder = true }], buttons), cancellationToken);
    }

    private static string Clip(string name) => name.Length <= 40 ? name : name[..39] + "…";
}
