using System.Text;
using System.Text.Json;

namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>Writes <see cref="AdaptiveCard"/>s as Adaptive Card 1.5 JSON.</summary>
public static class CardJson
{
    /// <summary>The card as a JSON string, ready to be an attachment's content.</summary>
    public static string Serialize(AdaptiveCard card)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "AdaptiveCard");
            writer.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
            writer.WriteString("version", AdaptiveCard.SchemaVersion);
            writer.WriteStartArray("body");
            foreach (var element in card.Body)
            {
                WriteElement(writer, element);
            }

            writer.WriteEndArray();
            if (card.Actions.Count > 0)
            {
                writer.WriteStartArray("actions");
                foreach (var action in card.Actions)
                {
                    WriteAction(writer, action);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteElement(Utf8JsonWriter writer, CardElement element)
    {
        writer.WriteStartObject();
        switch (element)
        {
            case TextBlock text:
                writer.WriteString("type", "TextBlock");
                writer.WriteString("text", text.Text);
                writer.WriteBoolean("wrap", true);
                if (text.Size != TextSize.Default)
                {
                    writer.WriteString("size", text.Size.ToString());
                }

                if (text.Bolder)
                {
                    writer.WriteString("weight", "Bolder");
                }

                if (text.Subtle)
                {
                    writer.WriteBoolean("isSubtle", true);
                }

                if (text.Color != TextColor.Default)
                {
                    writer.WriteString("color", text.Color.ToString());
                }

                break;
            case FactSet facts:
                writer.WriteString("type", "FactSet");
                writer.WriteStartArray("facts");
                foreach (var fact in facts.Facts)
                {
                    writer.WriteStartObject();
                    writer.WriteString("title", fact.Title);
                    writer.WriteString("value", fact.Value);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case Container container:
                writer.WriteString("type", "Container");
                if (container.Emphasis)
                {
                    writer.WriteString("style", "emphasis");
                }

                writer.WriteStartArray("items");
                foreach (var item in container.Items)
                {
                    WriteElement(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"No JSON writer for {element.GetType().Name}.");
        }

        writer.WriteEndObject();
    }

    private static void WriteAction(Utf8JsonWriter writer, CardAction action)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Action.Execute");
        writer.WriteString("title", action.Title);
        writer.WriteString("verb", action.Verb);
        WriteStyle(writer, action);
        writer.WritePropertyName("data");
        action.Data.WriteTo(writer);
        writer.WriteStartObject("fallback");
        writer.WriteString("type", "Action.Submit");
        writer.WriteString("title", action.Title);
        WriteStyle(writer, action);
        writer.WritePropertyName("data");
        action.Data.WriteTo(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStyle(Utf8JsonWriter writer, CardAction action)
    {
        if (action.Primary)
        {
            writer.WriteString("style", "positive");
        }
        else if (action.Destructive)
        {
            writer.WriteString("style", "destructive");
        }
    }
}
