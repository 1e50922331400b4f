using System.Text.Json.Nodes;

namespace ChatPhone.Core.Audit.Undo;

/// <summary>
/// Takes one change of a document back (its JSON <c>before → after</c>) from the document as it is now, leaving alone
/// what changed since in other fields: a field the change set is put back when it still holds what the change wrote; a
/// counter the change moved is moved back by the same amount (licenses assigned since stay counted); anything else the
/// change set that holds another value now is a conflict, and nothing is taken back. Only the fields the collection
/// declares as counters move by difference; a setting changed since (an alert time) is a conflict.
/// </summary>
public static class ReverseMerge
{
    /// <summary>Longest value shown in a field change; longer ones end with an ellipsis.</summary>
    public const int MaxShown = 80;

    /// <summary>Reverses <paramref name="before"/> → <paramref name="after"/> on <paramref name="current"/> (three JSON objects).</summary>
    /// <param name="before">The document before the change.</param>
    /// <param name="after">The document the change wrote.</param>
    /// <param name="current">The document as it is now.</param>
    /// <param name="counters">Top-level fields that count things (moved back by difference).</param>
    public static MergeOutcome Apply(string before, string after, string current, IReadOnlySet<string> counters)
    {
        if (JsonNode.Parse(before) is not JsonObject then || JsonNode.Parse(after) is not JsonObject changed || JsonNode.Parse(current) is not JsonObject now)
        {
            return MergeOutcome.Conflict(string.Empty);
        }

        var fields = new List<FieldChange>();
        var conflict = Reverse(then, changed, now, string.Empty, counters, fields);
        return conflict is null ? new MergeOutcome(now.ToJsonString(), null, fields) : MergeOutcome.Conflict(conflict);
    }

    /// <summary>What a value reads like on a card: a string as is, anything else as JSON, clipped to <see cref="MaxShown"/>.</summary>
    public static string Show(JsonNode? value)
    {
        var text = value switch
        {
            null => "—",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => value.ToJsonString(),
        };
        return text.Length > MaxShown ? text[..(MaxShown - 1)] + "…" : text;
    }

    // Returns the path of the first conflicting field, or null when every field of the change was taken back.
    private static string? Reverse(
        JsonObject then, JsonObject changed, JsonObject now, string path, IReadOnlySet<string> counters, List<FieldChange> fields)
    {
        foreach (var name in then.Select(p => p.Key).Union(changed.Select(p => p.Key), StringComparer.Ordinal).ToArray())
        {
            var was = then[name];
            var became = changed[name];
            if (JsonNode.DeepEquals(was, became))
            {
                continue;
            }

            var field = path.Length == 0 ? name : path + "." + name;
            var @is = now[name];
            if (was is JsonObject wasObject && became is JsonObject becameObject && @is is JsonObject isObject)
            {
                if (Reverse(wasObject, becameObject, isObject, field, counters, fields) is { } inner)
                {
                    return inner;
                }

                continue;
            }

            if (JsonNode.DeepEquals(@is, was))
            {
                continue; // already as it was before the change (set back since): nothing to take back
            }

            if (JsonNode.DeepEquals(@is, became))
            {
                Set(now, name, then.ContainsKey(name) ? was?.DeepClone() : null, remove: !then.ContainsKey(name));
            }
            else if (counters.Contains(field) && Number(was) is { } w && Number(became) is { } b && Number(@is) is { } i)
            {
                Set(now, name, JsonValue.Create(i + (w - b)), remove: false);
            }
            else
            {
                return field;
            }

            fields.Add(new FieldChange(field, Show(@is), Show(now[name])));
        }

        return null;
    }

    private static void Set(JsonObject target, string name, JsonNode? value, bool remove)
    {
        if (remove)
        {
            target.Remove(name);
        }
        else
        {
            target[name] = value;
        }
    }

    private static decimal? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number && value.TryGetValue<decimal>(out var number)
            ? number
            : null;
}

/// <summary>A field an undo sets back: its path in the document, its value now, and the value it gets back.</summary>
/// <param name="Path">Dotted path (<c>routing</c>, <c>agentAlert.seconds</c>).</param>
/// <param name="Now">The value today, as shown on a card.</param>
/// <param name="Restored">The value after the undo, as shown on a card.</param>
public sealed record FieldChange(string Path, string Now, string Restored);

/// <summary>The result of <see cref="ReverseMerge.Apply"/>: the document to write back, or the field that conflicts.</summary>
/// <param name="Json">The document with the change taken back; null on a conflict.</param>
/// <param name="ConflictPath">The first field changed since to another value; null when merged.</param>
/// <param name="Fields">The fields set back.</param>
public sealed record MergeOutcome(string? Json, string? ConflictPath, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>A conflict on <paramref name="path"/>.</summary>
    public static MergeOutcome Conflict(string path) => new(null, path, []);
}
