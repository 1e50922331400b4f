using CsCheck;
using Newtonsoft.Json.Linq;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>Clicks and sentences, built from <see cref="PayloadGenerators"/>: who sends them, and how they travel.</summary>
public sealed partial class ActivityGenerators
{
    private Gen<Speaker> Attackers => Gen.Frequency(
        (6, Gen.OneOf(Attacker.Admin, Attacker.User, Attacker.Helpdesk).Select(u => new Speaker(Attacker.Name, u, false))),
        (1, Gen.OneOf(Victims).Select(v => new Speaker(null, v.User, false))),
        (1, Gen.Int[0, 9].Select(i => new Speaker($"fuzz-tenant-{i}", Victims[i % Victims.Length].Admin, false))));

    private Gen<FuzzTenant> Victim => Gen.OneOf(Victims);

    // Another tenant's objects, clicked by the attacker's admin, user or helpdesk (or from a tenant of its own making).
    private Gen<FuzzCase> ForgedCrossTenant => Gen.Select(Attackers, Victim.SelectMany(PayloadGenerators.Forged), Gen.Int[0, 3], Gen.Bool, (speaker, data, how, fr) =>
        Clicked("forged cross-tenant", speaker, data, how, fr));

    // A victim tenant's user, or a stranger naming the victim tenant, pressing the admin's buttons (or forged ones).
    private Gen<FuzzCase> WrongRole => Gen.Select(Victim, Gen.Bool, Gen.Guid, Gen.Int[0, 3], (victim, user, stranger, how) => (victim, user, stranger, how))
        .SelectMany(t => PayloadGenerators.Forged(t.victim).Select(data =>
        {
            var speaker = new Speaker(t.victim.Name, t.user ? t.victim.User : t.stranger.ToString(), true);
            if ((string?)data["verb"] == "ticket.open")
            {
                // A user may open a ticket about themselves (a legitimate change); about their admin they may not.
                data["userId"] = t.victim.Admin;
            }

            return Clicked("wrong role", speaker, data, t.how, fr: t.how == 3);
        }));

    // Buttons replayed after their plan was confirmed or cancelled, under an old card version, or with a foreign key.
    private Gen<FuzzCase> Stale => Gen.Select(Gen.OneOf([.. Tenants]), Gen.Int[0, 1_000], Gen.Int[0, 3], Gen.OneOf("1.0", "0.9", "1.2", "99", ""), (owner, pick, how, version) =>
    {
        var data = (JObject)owner.Buttons[pick % owner.Buttons.Count].DeepClone();
        if (pick % 3 == 0)
        {
            data["version"] = version;
            data["cardVersion"] = version;
        }

        if (pick % 5 == 0)
        {
            data["idempotencyKey"] = Tenants[(pick + 1) % Tenants.Count].Buttons.Select(b => (string?)b["idempotencyKey"]).OfType<string>().FirstOrDefault();
        }

        // The attacker replays its own stale buttons as its admin; a victim's only as the victim's user.
        var speaker = owner == Attacker ? new Speaker(owner.Name, owner.Admin, false) : new Speaker(owner.Name, owner.User, true);
        if (speaker.InVictim && (string?)data["verb"] == "ticket.open")
        {
            data["userId"] = owner.Admin;
        }

        return Clicked("stale", speaker, data, how, fr: pick % 2 == 0);
    });

    private Gen<FuzzCase> UnknownVerbs => Gen.Select(Speakers, Victim.SelectMany(PayloadGenerators.Forged), PayloadGenerators.UnknownVerb, Gen.Int[0, 5], (speaker, data, verb, how) =>
    {
        data["verb"] = verb;
        if (how < 4)
        {
            return Clicked("unknown verbs", speaker, data, how, fr: false);
        }

        // The click's shape itself is wrong: data that is not an object, or no action at all.
        var invoke = Invoke(speaker, data, fr: false);
        invoke["value"] = how == 4 ? new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = verb } } : verb;
        return Case("unknown verbs", invoke);
    });

    private Gen<FuzzCase> Sentences => Gen.Select(Attackers, Gen.OneOf([.. Tenants]).SelectMany(PayloadGenerators.Sentence), Gen.Bool, Gen.Int[0, 3], (speaker, text, fr, how) =>
    {
        var activity = Message(speaker, text, fr ? "fr-FR" : "en-US");
        return how == 0 ? Case("sentences", Delivered(activity), normal: true) : Case("sentences", activity);
    });

    // Directory CSVs: inline, as data: URIs (garbage base64 too), or at addresses that answer nothing or not CSV.
    private Gen<FuzzCase> Attachments => Gen.Select(Gen.Frequency((3, Attackers), (1, Speakers)), Victim, Garbage, Gen.Int[0, 5], (speaker, victim, junk, how) =>
    {
        var csv = "upn,displayName,aadObjectId,usageLocation,department,role\n" +
            $"user@{victim.Domain},{victim.Title} User,{victim.User},US,,admin\n{junk},{junk},{junk},{junk},{junk},{junk}";
        var attachment = new JObject { ["contentType"] = how == 5 ? "application/octet-stream" : "text/csv", ["name"] = junk + ".csv" };
        attachment[how < 2 ? "content" : "contentUrl"] = how switch
        {
            0 => csv,
            1 => new JObject { ["rows"] = junk },
            2 => "data:text/csv;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(csv)),
            3 => "data:text/csv;base64," + junk,
            _ => connectorUrl + "v3/attachments/" + Uri.EscapeDataString(junk),
        };
        var activity = Message(speaker, how % 2 == 0 ? null : junk);
        activity["attachments"] = new JArray(attachment);
        return Case("attachments", activity);
    });

    private Gen<JObject> Click => Gen.Select(Speakers, Victim.SelectMany(PayloadGenerators.Forged), Gen.Bool, (speaker, data, invoke) =>
        invoke ? Invoke(speaker, Safe(speaker, data), fr: false) : Submitted(speaker, Safe(speaker, data), fr: false));

    // how: 0 invoke, 1 Action.Submit message, 2 invoke delivered normally, 3 Action.Submit delivered normally.
    private FuzzCase Clicked(string kind, Speaker speaker, JObject data, int how, bool fr)
    {
        var activity = how % 2 == 0 ? Invoke(speaker, data, fr) : Submitted(speaker, data, fr);
        return how >= 2 ? Case(kind, Delivered(activity), normal: true) : Case(kind, activity);
    }

    private static JObject Safe(Speaker speaker, JObject data)
    {
        if (speaker.InVictim && (string?)data["verb"] == "ticket.open")
        {
            data["userId"] = "nobody";
        }

        return data;
    }

    private JObject Invoke(Speaker speaker, JObject data, bool fr)
    {
        var activity = Message(speaker, null, fr ? "fr-FR" : "en-US");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        activity["value"] = new JObject
        {
            ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = data["verb"]?.DeepClone(), ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private JObject Submitted(Speaker speaker, JObject data, bool fr)
    {
        var activity = Message(speaker, null, fr ? "fr-FR" : "en-US");
        activity["value"] = data;
        return activity;
    }

    // Delivered as Teams normally does: no expectReplies, replies posted to the loopback connector.
    private JObject Delivered(JObject activity)
    {
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = connectorUrl;
        return activity;
    }
}
