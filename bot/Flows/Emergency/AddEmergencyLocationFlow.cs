using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;

namespace ChatPhone.Bot.Flows.Emergency;

/// <summary>
/// "add a location 3rd floor to Contoso Paris", "ajoute un emplacement Bâtiment B à l'adresse HQ Lyon": the address is
/// the existing one the sentence names, the location's name is what stands between the location word and the address;
/// a plan card, then Confirm adds it once (locations are not validated themselves).
/// </summary>
public sealed class AddEmergencyLocationFlow(EmergencyPlaces places, EmergencyService emergency) : IIntentFlow, IPlannedFlow
{
    private const string AddressSlot = "addressId";
    private const string NameSlot = "name";

    // Words that end the location's name before the address is named: "to", "à l'adresse", "de l'adresse d'urgence"…
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "to", "at", "in", "under", "for", "of", "on", "the", "address", "emergency", "civic", "a", "au", "aux", "de", "du", "des",
        "pour", "dans", "sous", "sur", "l'adresse", "la", "le", "l'", "adresse", "d'urgence", "urgence", "civique",
    };

    private static readonly string[] LocationWords = ["location", "emplacement", "lieu", "place", "site"];
    private static readonly HashSet<string> LeadingWords = new(StringComparer.Ordinal) { "a", "an", "the", "new", "emergency", "as", "un", "une", "le", "l'", "nouvel", "nouveau", "comme", "d'urgence" };
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "add", "create", "ajoute", "ajouter", "cree", "creer" };
    private static readonly string[] CalledWords = ["called", "named", "nommé", "nomme", "appelé", "appele", "intitulé"];

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.AddEmergencyLocation];

    /// <inheritdoc />
    public string Name => "emergency.location.add";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var all = await places.AddressesAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(language), cancellationToken);
            return;
        }

        var named = ObjectMentions.Find(intent.Text, all.Value.Select(EmergencyPlaces.AddressObject));
        if (named.Count != 1)
        {
            var names = string.Join(", ", all.Value.Select(EmergencyPlaces.AddressName));
            await turn.SendTextAsync(all.Value.Count == 0
                ? BotText.Get(language, "Emergency_NoAddresses")
                : BotText.Get(language, "EmergencyObjects_AddLocationWhichAddress", names), cancellationToken);
            return;
        }

        var address = all.Value.First(a => a.Id == named[0].Id);
        var name = LocationName(intent.Text, named[0]);
        if (name is null)
        {
            await turn.SendTextAsync(BotText.Get(language, "EmergencyObjects_AddLocationWhichName", EmergencyPlaces.AddressName(address)), cancellationToken);
            return;
        }

        if (address.Locations.Any(l => l.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            await turn.SendTextAsync(new Error("emergency.location_name_duplicate", name, address.OneLine()).Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string> { [AddressSlot] = address.Id, [NameSlot] = name });
        var facts = new[]
        {
            new Fact(BotText.Get(language, "EmergencyObjects_LocationName"), name),
            new Fact(BotText.Get(language, "EmergencyObjects_Address"), $"{EmergencyPlaces.AddressName(address)} — {address.OneLine()}"),
        };
        var plan = new PlanSummary(planId, BotText.Get(language, "EmergencyObjects_AddLocationTitle", name, EmergencyPlaces.AddressName(address)), facts);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var added = await emergency.AddLocationAsync(new AddLocation(turn.Actor, key, slots[AddressSlot], slots[NameSlot]), cancellationToken);
        if (!added.IsSuccess)
        {
            return ActionResult.Failure(added.Error, language);
        }

        var (address, location) = (added.Value.Address, added.Value.Location);
        var text = BotText.Get(language, "EmergencyObjects_LocationAdded", location.Name, EmergencyPlaces.AddressName(address));
        var card = ResultCard.Build(new ResultSummary(text, [new Fact(BotText.Get(language, "EmergencyObjects_Address"), address.OneLine())]), language) with
        {
            Actions = [ObjectButtons.Create(BotText.Get(language, "EmergencyObjects_Show"), IntentKind.ShowObject, ObjectKind.EmergencyLocation, location.Id)],
        };
        return new ActionResult(text, card);
    }

    /// <summary>The location's name in <paramref name="text"/>: after "called"/"nommé" when given, else between the location word and the address's mention.</summary>
    public static string? LocationName(string text, NamedObject address)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Replace('’', '\'')).ToList();
        var folded = words.Select(w => TextFolding.Fold(w).Trim('"', '“', '”', '«', '»', ',', '.', '!', '?')).ToList();

        // Where the address is named: the first word of its longest mention.
        var mention = address.Aliases.Prepend(address.Name).Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.Fold).ToArray())
            .Select(n => (Length: n.Length, At: IndexOf(folded, n)))
            .Where(m => m.At >= 0)
            .OrderByDescending(m => m.Length)
            .FirstOrDefault();
        var addressStart = mention.Length > 0 ? mention.At : words.Count;
        var addressEnd = mention.Length > 0 ? mention.At + mention.Length : words.Count;

        var called = folded.FindIndex(w => CalledWords.Contains(w));
        if (called >= 0)
        {
            var end = called < addressStart ? addressStart : words.Count;
            return Clean(words.Skip(called + 1).Take(end - called - 1));
        }

        // "add a location 3rd floor to Contoso Paris", "add the 4th floor as a location under HQ Seattle", "add the west wing
        // to the HQ Seattle address": what stands between the verb and the address, without the location words; "under the
        // Contoso Paris address, add the 2nd floor": what follows the address and the verb.
        var before = Named(words.Take(addressStart).Skip(1).ToList());
        if (before is not null || mention.Length == 0)
        {
            return before;
        }

        var after = words.Skip(addressEnd).ToList();
        var verb = after.FindIndex(w => Verbs.Contains(TextFolding.Fold(w).Trim(',', '.')));
        return Named(verb >= 0 ? after.Skip(verb + 1).ToList() : after);
    }

    // The words left once location words ("as a location", "un emplacement", "ERL") are taken out, trimmed of connectors.
    private static string? Named(List<string> words)
    {
        var kept = new List<string>();
        foreach (var word in words)
        {
            var folded = TextFolding.Fold(word).Trim('"', '“', '”', '«', '»', ',', '.', ':');
            if (LocationWords.Any(l => folded == l || folded == l + "s") || folded is "erl" or "erls")
            {
                // "as a location", "an emergency location", "comme emplacement": the words that lead to it go too.
                while (kept.Count > 0 && LeadingWords.Contains(TextFolding.Fold(kept[^1])))
                {
                    kept.RemoveAt(kept.Count - 1);
                }

                continue;
            }

            kept.Add(word);
        }

        return Clean(kept);
    }

    private static int IndexOf(List<string> words, string[] part)
    {
        for (var i = 0; i + part.Length <= words.Count; i++)
        {
            if (part.Select((p, j) => words[i + j] == p).All(b => b))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Clean(IEnumerable<string> words)
    {
        var list = words.Select(w => w.Trim('"', '“', '”', '«', '»', ',', '!', '?')).Where(w => w.Length > 0).ToList();
        while (list.Count > 0 && Connectors.Contains(TextFolding.Fold(list[^1]).TrimEnd('.')))
        {
            list.RemoveAt(list.Count - 1);
        }

        while (list.Count > 0 && (Connectors.Contains(TextFolding.Fold(list[0])) || LeadingWords.Contains(TextFolding.Fold(list[0]))))
        {
            list.RemoveAt(0);
        }

        var name = string.Join(' ', list).TrimEnd('.');
        return name.Length == 0 ? null : name;
    }
}
