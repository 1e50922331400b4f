using System.Text.Json.Nodes;
using ChatPhone.Core.Common;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Audit.Undo;

/// <summary>
/// Works out, from the audit trail's before/after of a change and the documents as they are now, what undoing the change
/// writes back — or why it cannot: the kind of change cannot be undone, a document changed since to another value, or
/// something made since depends on what the change created (an auto attendant now routes to the queue it created).
/// Pure: the service reads, this decides, inside the command so the check and the writes are one atomic unit.
/// </summary>
public static class UndoPlanner
{
    // Fields that name a document on a card, in the order they are looked for.
    private static readonly string[] NameFields =
        ["name", "displayName", "description", "label", "number", "e164", "sku", "userPrincipalName", "companyName", "subject"];

    /// <summary>The documents to read besides the change's own: those written since whose JSON mentions an id the change created.</summary>
    public static IReadOnlyList<(string Collection, string Id)> Dependents(IReadOnlyList<AuditEntry> change, IReadOnlyList<AuditEntry> later)
    {
        var own = change.Select(e => e.Target).ToHashSet(StringComparer.Ordinal);
        var created = change
            .Where(e => e.Before is null && e.After is not null && Split(e.Target) is not null)
            .Select(e => Quoted(Split(e.Target)!.Value.Id))
            .ToArray();
        if (created.Length == 0)
        {
            return [];
        }

        return later
            .Where(e => e.Outcome == AuditOutcome.Applied && !own.Contains(e.Target) && e.After is not null)
            .Where(e => created.Any(id => e.After!.Contains(id, StringComparison.Ordinal)))
            .Select(e => Split(e.Target))
            .OfType<(string Collection, string Id)>()
            .Where(t => StoredCollections.Find(t.Collection) is not null)
            .Distinct()
            .ToArray();
    }

    /// <summary>Plans the undo of <paramref name="change"/> (every entry of one command) against <paramref name="current"/> (a document's JSON now, or null).</summary>
    /// <param name="reference">The change.</param>
    /// <param name="change">Its audit entries.</param>
    /// <param name="later">Entries written since, oldest first: who changed a document since, and what depends on a creation.</param>
    /// <param name="current">The aggregate JSON of a document now (collection, id), null when it does not exist.</param>
    public static Result<UndoPlan> Plan(
        ChangeRef reference, IReadOnlyList<AuditEntry> change, IReadOnlyList<AuditEntry> later, Func<string, string, string?> current)
    {
        var first = change[0];
        if (UndoPolicy.Refusal(first.Action) is { } refusal)
        {
            return new Error(refusal);
        }

        var steps = new List<UndoStep>();
        var unchanged = 0;
        foreach (var entry in change.Where(e => e.Outcome == AuditOutcome.Applied))
        {
            if (Split(entry.Target) is not var (name, id))
            {
                continue; // an entry of the command's own making (not a document)
            }

            if (name == NotificationsOutbox)
            {
                continue; // a message already sent is not called back
            }

            if (StoredCollections.Find(name) is not { KeepsSecrets: false } collection)
            {
                return new Error("undo.not_undoable");
            }

            var now = current(name, id);
            var planned = PlanOne(collection, id, entry, now, later);
            if (!planned.IsSuccess)
            {
                return planned.Error;
            }

            if (planned.Value is { } step)
            {
                steps.Add(step);
            }
            else
            {
                unchanged++;
            }
        }

        if (steps.Count == 0)
        {
            return new Error(unchanged > 0 ? "undo.already_undone" : "undo.not_undoable");
        }

        foreach (var removed in steps.Where(s => s.Effect == UndoEffect.Remove))
        {
            var quoted = Quoted(removed.Id);
            foreach (var (collection, id) in Dependents(change, later))
            {
                if (current(collection, id) is { } dependent && dependent.Contains(quoted, StringComparison.Ordinal))
                {
                    return new Error("undo.used_since", removed.Name, NameOf(dependent, id));
                }
            }
        }

        return new UndoPlan(reference, first.Action, first.ActorName, steps);
    }

    /// <summary>The (collection, id) of an audit target <c>collection:id</c>, or null for a target that is no document.</summary>
    public static (string Collection, string Id)? Split(string target)
    {
        var colon = target.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < target.Length - 1 ? (target[..colon], target[(colon + 1)..]) : null;
    }

    /// <summary>What a document is called: its name, number or label, else its id.</summary>
    public static string NameOf(string? json, string id)
    {
        if (json is not null && JsonNode.Parse(json) is JsonObject document)
        {
            // The document's own name first, else the name of an object it holds (a queue keeps its name in its settings).
            return NameIn(document) ?? document.Select(p => p.Value).OfType<JsonObject>().Select(NameIn).FirstOrDefault(n => n is not null) ?? id;
        }

        return id;
    }

    private static string? NameIn(JsonObject document)
    {
        foreach (var field in NameFields)
        {
            if (document[field] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return null;
    }

    private const string NotificationsOutbox = "outbox";

    // Null (no error) when the document is already as the undo would leave it.
    private static Result<UndoStep?> PlanOne(IStoredCollection collection, string id, AuditEntry entry, string? now, IReadOnlyList<AuditEntry> later)
    {
        var name = NameOf(now ?? entry.Before ?? entry.After, id);
        switch (entry.Before, entry.After)
        {
            case (null, null):
                return (UndoStep?)null;
            case (null, { } created):
                if (now is null)
                {
                    return (UndoStep?)null; // removed since: nothing left to take back
                }

                return Same(now, created)
                    ? new UndoStep(collection.Name, id, name, UndoEffect.Remove, [], null)
                    : ChangedSince(collection, id, name, later);
            case ({ } removed, null):
                if (now is null)
                {
                    return new UndoStep(collection.Name, id, name, UndoEffect.PutBack, [], removed);
                }

                return Same(now, removed) ? (UndoStep?)null : ChangedSince(collection, id, name, later);
            case ({ } before, { } after):
                if (now is null)
                {
                    return ChangedSince(collection, id, name, later);
                }

                var merged = ReverseMerge.Apply(before, after, now, collection.Counters);
                if (merged.Json is null)
                {
                    return ChangedSince(collection, id, name, later);
                }

                if (merged.Fields.Count == 0)
                {
                    return (UndoStep?)null;
                }

                return collection.Accepts(merged.Json)
                    ? new UndoStep(collection.Name, id, name, UndoEffect.SetBack, merged.Fields, merged.Json)
                    : new Error("undo.inconsistent", name);
        }
    }

    private static Error ChangedSince(IStoredCollection collection, string id, string name, IReadOnlyList<AuditEntry> later)
    {
        var target = collection.Name + ":" + id;
        var last = later.LastOrDefault(e => e.Outcome == AuditOutcome.Applied && e.Target == target);
        return last is null ? new Error("undo.changed_since", name) : new Error("undo.changed_since_by", name, last.ActorName);
    }

    private static bool Same(string a, string b) => JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));

    private static string Quoted(string id) => "\"" + id + "\"";
}
