using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Numbers;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>
/// Numbers for several people at once ("give numbers to Alex, Sam and Lucas", "attribue des numéros à toute l'équipe"):
/// a form to pick the people, the city whose free user numbers they get, and optionally one emergency location; its
/// submit plans every pair — numbers in order, each with the location of its own city (the validated address of that
/// city, its default location) unless one was picked — and Confirm assigns them in one bulk command with each outcome.
/// </summary>
public sealed class BulkNumbersFlow(IDirectoryStore directory, NumberQueries numbers, EmergencyService emergency, NumberAssignmentService assignment)
    : IActionFlow, IPlannedFlow
{
    private const string RowsSlot = "rows";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [BulkNumbersPayload.Verb];

    /// <inheritdoc />
    public string Name => "numbers.bulk";

    /// <summary>True when the sentence asks numbers for several people: two people or more named, or a word for many.</summary>
    public static bool AsksForMany(string text, int peopleNamed) =>
        peopleNamed >= 2 || RecognitionInput.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(ManyWords.Contains);

    /// <summary>Sends the form, with the people the sentence names already picked.</summary>
    public async Task SendFormAsync(FlowTurn turn, IReadOnlyList<string> picked, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var free = await FreeAsync(turn.Actor, cancellationToken);
        if (free.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "BulkNumbers_NoFree"), cancellationToken);
            return;
        }

        var people = (await directory.ListAsync(turn.Actor.Tenant, cancellationToken))
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => new Choice($"{p.DisplayName} ({p.Upn})", p.AadObjectId))
            .ToArray();
        var pools = free.GroupBy(Pool)
            .OrderByDescending(g => g.Count())
            .Select(g => new Choice(BotText.Get(language, "BulkNumbers_Pool", g.First().City ?? "—", g.First().Country, g.Count()), g.Key))
            .ToArray();
        var addresses = await emergency.ListAddressesAsync(turn.Actor, ValidationStatus.Validated, cancellationToken);
        var locations = (addresses.IsSuccess ? addresses.Value : [])
            .SelectMany(a => a.Locations.Select(l => new Choice($"{a.CompanyName}, {a.City} — {l.Name}", l.Id)))
            .ToArray();
        await turn.SendCardAsync(BulkNumbersCard.Build(people, picked, pools, locations, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            return ActionResult.Failure(new Error("auth.admin_required"), language);
        }

        var payload = CardPayloads.Read<BulkNumbersPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        // Every id comes from the client: only people of the actor's own directory are kept, in the order of the list.
        var directoryPeople = (await directory.ListAsync(turn.Actor.Tenant, cancellationToken)).ToDictionary(p => p.AadObjectId, StringComparer.OrdinalIgnoreCase);
        var picked = (payload.Value.People ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        if (picked.Length == 0 || picked.Any(id => !directoryPeople.ContainsKey(id)))
        {
            return new ActionResult(BotText.Get(language, picked.Length == 0 ? "BulkNumbers_NoOnePicked" : "BulkNumbers_UnknownPerson")) { Failed = true };
        }

        var people = picked.Select(id => directoryPeople[id]).OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToArray();
        var pool = (await FreeAsync(turn.Actor, cancellationToken)).Where(n => Pool(n) == payload.Value.Pool).OrderBy(n => n.Number, StringComparer.Ordinal).ToArray();
        if (pool.Length < people.Length)
        {
            var place = payload.Value.Pool?.Split('|') is [var country, var city] ? $"{city}, {country}" : "—";
            return new ActionResult(BotText.Get(language, "BulkNumbers_NotEnough", pool.Length, place, people.Length)) { Failed = true };
        }

        var addresses = await emergency.ListAddressesAsync(turn.Actor, ValidationStatus.Validated, cancellationToken);
        var validated = addresses.IsSuccess ? addresses.Value : [];
        var rows = people.Select((p, i) => (Person: p, Number: pool[i], Location: LocationFor(pool[i], payload.Value.Location, validated))).ToArray();
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [RowsSlot] = string.Join(';', rows.Select(r => $"{r.Number.Number},{r.Person.AadObjectId},{r.Location?.Id}")),
        });
        var facts = rows.Select(r => new Fact(
            r.Person.DisplayName,
            BotText.Get(language, "BulkNumbers_RowLocation", r.Number.Number, r.Location?.Name ?? BotText.Get(language, "BulkNumbers_NoLocation")))).ToArray();
        await turn.SendCardAsync(PlanCard.Build(new PlanSummary(planId, BotText.Get(language, "BulkNumbers_PlanTitle", rows.Length), facts), key, language), cancellationToken);
        return new ActionResult(BotText.Get(language, "Help_Asked")) { Quiet = true };
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var rows = slots[RowsSlot].Split(';').Select(r => r.Split(',')).Select(p => new NumberForPerson(p[0], UserId.Parse(p[1]), p.Length > 2 && p[2].Length > 0 ? p[2] : null)).ToArray();
        var outcome = await assignment.AssignInBulkAsync(new AssignNumbersInBulk(turn.Actor, key, rows), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return ActionResult.Failure(outcome.Error, language);
        }

        var people = (await directory.ListAsync(turn.Actor.Tenant, cancellationToken)).ToDictionary(p => p.AadObjectId, p => p.DisplayName, StringComparer.OrdinalIgnoreCase);
        var facts = outcome.Value.Rows.Select(r => new Fact(
            people.GetValueOrDefault(r.UserId, r.UserId),
            r.Error is null ? r.Number : BotText.Get(language, "BulkNumbers_Refused", r.Error.Describe(language)))).ToArray();
        var text = BotText.Get(language, "BulkNumbers_Done", outcome.Value.Succeeded, outcome.Value.Rows.Count);
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, facts), language)) { Failed = outcome.Value.Succeeded == 0 };
    }

    private static readonly HashSet<string> ManyWords = new(StringComparer.Ordinal)
    {
        "several", "many", "everyone", "everybody", "all", "team", "plusieurs", "tous", "toutes", "equipe", "chacun",
    };

    private static string Pool(PhoneNumber number) => $"{number.Country}|{number.City}";

    // The location a number gets: the one picked for all, else its own, else the default location of the validated address
    // in its city (then in its country).
    private static EmergencyLocation? LocationFor(PhoneNumber number, string? picked, IReadOnlyList<CivicAddress> validated)
    {
        var all = validated.SelectMany(a => a.Locations.Select(l => (Address: a, Location: l))).ToArray();
        if (!string.IsNullOrWhiteSpace(picked) && picked != BulkNumbersCard.OwnCity && all.FirstOrDefault(p => p.Location.Id == picked) is { Location: not null } chosen)
        {
            return chosen.Location;
        }

        if (number.LocationId is { } own && all.FirstOrDefault(p => p.Location.Id == own) is { Location: not null } kept)
        {
            return kept.Location;
        }

        var inCountry = all.Where(p => string.Equals(p.Address.Country, number.Country, StringComparison.OrdinalIgnoreCase)).ToArray();
        var inCity = inCountry.Where(p => string.Equals(
            RecognitionInput.Fold(p.Address.City ?? string.Empty), RecognitionInput.Fold(number.City ?? string.Empty), StringComparison.Ordinal)).ToArray();
        var candidates = inCity.Length > 0 ? inCity : inCountry;
        return candidates.OrderByDescending(p => p.Location.IsDefault).Select(p => p.Location).FirstOrDefault();
    }

    private async Task<IReadOnlyList<PhoneNumber>> FreeAsync(Actor actor, CancellationToken cancellationToken)
    {
        var page = await numbers.ListAsync(actor, new NumberFilter(Type: NumberType.UserSubscriber, Status: PstnAssignmentStatus.Unassigned),
            top: NumberQueries.MaxTop, cancellationToken: cancellationToken);
        return page.IsSuccess ? page.Value.Items : [];
    }
}
