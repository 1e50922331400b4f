using CsCheck;
using Newtonsoft.Json.Linq;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// Card clicks and sentences: real verbs of the product naming another tenant's objects, a victim tenant's user (or a
/// stranger) pressing its admin's buttons, stale and replayed buttons, unknown verbs, and EN/FR sentences with garbage.
/// </summary>
public static class PayloadGenerators
{
    public static readonly string[] Verbs =
    [
        "plan.confirm", "plan.cancel", "numbers.acquire", "numbers.assign", "numbers.port.submit", "emergency.address.submit",
        "ticket.claim", "ticket.resolve", "ticket.handover", "ticket.fix", "ticket.open", "directory.import.apply",
        "directory.import.cancel", "setup.step.start", "setup.checklist.refresh", "form.submit",
        "setup.step.review", "object.act",
    ];

    public static readonly string[] Fields =
    [
        "planId", "idempotencyKey", "orderId", "numbers", "number", "person", "people", "ticketId", "handTo", "code", "userId",
        "symptom", "importId", "step", "intent", "kind", "objectId", "section", "sku", "skus", "quantity", "place", "phoneNumber", "assignee", "name",
        "country", "numberType", "amount", "agents", "routingMethod", "companyName", "btn",
    ];

    public static readonly string[] Intents =
    [
        "BuyLicenses", "AssignLicensesBulk", "SearchNumbers", "PortNumbers", "AssignNumber", "SetupConferencing", "CreateCallQueue",
        "CreateAutoAttendant", "CreateResourceAccount", "AssignServiceNumber", "FundCredits", "DeleteEverything", "Help", "",
    ];

    public static readonly string[] Sentences =
    [
        "help", "aide", "start setup", "commencer la configuration", "buy 5 Phone System licenses", "achète 3 licences Teams Phone",
        "give {upn} Phone System", "donne une licence Teams Phone à {upn}", "assign {number} to {upn}", "attribue {number} à {upn}",
        "find 2 numbers in Chicago", "trouve 2 numéros à Paris", "show our numbers", "montre nos numéros", "check {upn}'s phone setup",
        "vérifie la configuration de {name}", "show open tickets", "affiche les tickets ouverts", "claim ticket {ticket}",
        "create a call queue {name}, agents {upn}", "crée une file d’attente {name}, agents {upn}", "who changed what today",
        "qui a changé quoi aujourd’hui", "what's my number?", "quel est mon numéro ?", "I can't call out", "je ne peux pas appeler",
        "add {upn} to the call queue {queue}", "remove {number}", "release {number}", "transfer {number} to us", "cancel", "annule",
        "use this channel for helpdesk tickets", "add 100 credits", "ajoute 50 € de crédits", "what are my licenses?",
    ];

    /// <summary>A verb-carrying payload naming <paramref name="victim"/>'s objects and people (real or mutated).</summary>
    public static Gen<JObject> Forged(FuzzTenant victim) => Gen.Frequency(
        (3, Gen.OneOf([.. victim.Buttons]).Select(b => (JObject)b.DeepClone())),
        (4, Gen.Select(Gen.OneOf(Verbs), Gen.OneOf(Fields).Array[1, 6], Gen.Int[0, 1_000], (verb, fields, pick) =>
        {
            var data = new JObject { ["verb"] = verb, ["idempotencyKey"] = Guid.NewGuid().ToString("N") };
            for (var i = 0; i < fields.Length; i++)
            {
                data[fields[i]] = ValueFor(victim, fields[i], pick + i);
            }

            return data;
        })),
        (2, Gen.Select(Gen.OneOf([.. victim.Buttons]), Gen.OneOf(Fields), Gen.Int[0, 1_000], (b, field, pick) =>
        {
            var data = (JObject)b.DeepClone();
            data[field] = ValueFor(victim, field, pick);
            return data;
        })));

    // A value for a payload field that names something of the victim: its objects, people, flows, or plain garbage.
    private static JToken ValueFor(FuzzTenant victim, string field, int pick)
    {
        string[] people = [victim.Admin, victim.User, victim.Helpdesk, $"user@{victim.Domain}", $"admin@{victim.Domain}", $"{victim.Title} User"];
        var flows = victim.Buttons.Select(b => (string?)b["planId"]).OfType<string>().DefaultIfEmpty("flow").ToArray();
        var numbers = victim.Objects.Where(o => o.StartsWith('+')).DefaultIfEmpty("+12065550100").ToArray();
        var objects = victim.Objects.ToArray();
        return field switch
        {
            "planId" => flows[pick % flows.Length],
            "numbers" or "number" or "phoneNumber" or "btn" => numbers[pick % numbers.Length] + (pick % 3 == 0 ? "," + numbers[(pick + 1) % numbers.Length] : string.Empty),
            "person" or "people" or "handTo" or "userId" or "assignee" or "agents" => people[pick % people.Length],
            "ticketId" or "orderId" or "importId" => objects[pick % objects.Length],
            "intent" => Intents[pick % Intents.Length],
            "step" => pick % 4 == 0 ? "Nope" : ((ChatPhone.Core.Setup.SetupStepKind)(pick % 10)).ToString(),
            "symptom" => pick % 2 == 0 ? "CannotCallOut" : "QueueCalls",
            "quantity" or "amount" => pick % 5 == 0 ? new JValue(-pick) : new JValue((pick % 7).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "name" => victim.Title + "Sales",
            _ => objects[pick % objects.Length],
        };
    }

    /// <summary>A verb that no flow owns, or a verb in the wrong shape.</summary>
    public static Gen<JToken> UnknownVerb { get; } = Gen.Frequency(
        (3, ActivityGenerators.Garbage.Select(g => (JToken)g)),
        (2, Gen.OneOf(Verbs).Select(v => (JToken)v.ToUpperInvariant())),
        (2, Gen.OneOf(Verbs).Select(v => (JToken)(" " + v + "\u200B"))),
        (1, Gen.OneOf<JToken>(42, true, new JArray("plan.confirm"), new JObject { ["verb"] = "plan.confirm" }, JValue.CreateNull(), "")),
        (1, Gen.OneOf("plan.delete", "numbers.release", "tenant.delete", "admin.grant", "ticket.reopen", "setup.reset").Select(v => (JToken)v)));

    /// <summary>A product sentence, with people, numbers and tickets of <paramref name="named"/>, mixed with garbage.</summary>
    public static Gen<string> Sentence(FuzzTenant named) => Gen.Select(Gen.OneOf(Sentences), ActivityGenerators.Garbage, Gen.Int[0, 5], Gen.Int[0, 100], (template, junk, mix, pick) =>
    {
        var numbers = named.Objects.Where(o => o.StartsWith('+')).DefaultIfEmpty("+12065550100").ToArray();
        var tickets = named.Objects.Where(o => o.StartsWith("T-", StringComparison.Ordinal)).DefaultIfEmpty("T-000000").ToArray();
        var text = template.Replace("{upn}", $"user@{named.Domain}", StringComparison.Ordinal)
            .Replace("{name}", $"{named.Title} User", StringComparison.Ordinal)
            .Replace("{number}", numbers[pick % numbers.Length], StringComparison.Ordinal)
            .Replace("{ticket}", tickets[pick % tickets.Length], StringComparison.Ordinal)
            .Replace("{queue}", named.Title + "Sales", StringComparison.Ordinal);
        return mix switch
        {
            0 => text,
            1 => junk + " " + text,
            2 => text + " " + junk,
            3 => text[..(pick % (text.Length + 1))] + junk + text[(pick % (text.Length + 1))..],
            _ => text.ToUpperInvariant(),
        };
    });
}
