using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>Writes <see cref="AdaptiveCard"/>s as Adaptive Card 1.5 JSON.</summary>
public static partial class CardJson
{
    // Cards are JSON attachments, never inlined in HTML: accents and emoji stay as UTF-8 (half the bytes of
    // \u escapes, which counts against the 28 KB ceiling); quotes and control characters are still escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The card as Teams runs it (<see cref="CardDialect.Universal"/>), as a JSON string.</summary>
    /// <exception cref="InvalidOperationException">An input id collides with an action's data property, or two inputs share an id (bugs).</exception>
    public static string Serialize(AdaptiveCard card) => Serialize(card, CardDialect.Universal);

    /// <summary>The card as a JSON string for a client that runs <paramref name="dialect"/>, ready to be an attachment's content.</summary>
    /// <exception cref="InvalidOperationException">An input id collides with an action's data property, or two inputs share an id (bugs).</exception>
    public static string Serialize(AdaptiveCard card, CardDialect dialect)
    {
        CheckInputIds(card);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "AdaptiveCard");
            writer.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
            writer.WriteString("version", AdaptiveCard.SchemaVersion);
            // refresh is an Action.Execute only Universal Actions clients run.
            if (card.Refresh is { } refresh && dialect == CardDialect.Universal)
            {
                writer.WriteStartObject("refresh");
                writer.WriteStartObject("action");
                writer.WriteString("type", "Action.Execute");
                writer.WriteString("verb", refresh.Verb);
                writer.WritePropertyName("data");
                refresh.Data.WriteTo(writer);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            WriteElements(writer, "body", card.Body, dialect);
            if (card.Actions.Count > 0)
            {
                WriteActions(writer, "actions", card.Actions, dialect);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteActions(Utf8JsonWriter writer, string name, IEnumerable<CardAction> actions, CardDialect dialect)
    {
        writer.WriteStartArray(name);
        foreach (var action in actions)
        {
            if (dialect == CardDialect.Universal)
            {
                WriteAction(writer, action);
            }
            else
            {
                WriteSubmit(writer, action);
            }
        }

        writer.WriteEndArray();
    }

    // Action.Execute is the Universal Action Teams sends as an adaptiveCard/action invoke, with the inputs
    // merged into data; clients without it run the Action.Submit fallback, which posts the same merged data.
    private static void WriteAction(Utf8JsonWriter writer, CardAction action)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Action.Execute");
        writer.WriteString("verb", action.Verb);
        WriteActionCommon(writer, action);
        writer.WriteStartObject("fallback");
        writer.WriteString("type", "Action.Submit");
        WriteActionCommon(writer, action);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // The data already names the verb (CardPayloads.Write), which a Submit has no property for.
    private static void WriteSubmit(Utf8JsonWriter writer, CardAction action)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Action.Submit");
        WriteActionCommon(writer, action);
        writer.WriteEndObject();
    }

    private static void WriteActionCommon(Utf8JsonWriter writer, CardAction action)
    {
        writer.WriteString("title", action.Title);
        if (action.Primary)
        {
            writer.WriteString("style", "positive");
        }
        else if (action.Destructive)
        {
            writer.WriteString("style", "destructive");
        }

        if (action.IgnoreInputs)
        {
            writer.WriteString("associatedInputs", "none");
        }

        writer.WritePropertyName("data");
        action.Data.WriteTo(writer);
    }

    private static void CheckInputIds(AdaptiveCard card)
    {
        var inputs = Descendants(card.Body).OfType<CardInput>().Select(i => i.Id).ToArray();
        var duplicate = inputs.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two inputs share the id '{duplicate.Key}'.");
        }

        var actions = card.Actions.Concat(Descendants(card.Body).OfType<ActionSet>().SelectMany(s => s.Actions));
        foreach (var action in actions)
        {
            var clash = inputs.FirstOrDefault(id => action.Data.ContainsKey(id));
            if (clash is not null)
            {
                throw new InvalidOperationException($"Input '{clash}' would overwrite the data of action '{action.Verb}' on click.");
            }
        }
    }

    private static IEnumerable<CardElement> Descendants(IEnumerable<CardElement> elements) =>
        elements.SelectMany(e => e switch
        {
            Container c => Descendants(c.Items).Prepend(e),
            ColumnSet s => Descendants(s.Columns.SelectMany(c => c.Items)).Prepend(e),
            _ => [e],
        });
}
