using System.Text.Json;

namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>The body elements.</summary>
public static partial class CardJson
{
    private static void WriteElements(Utf8JsonWriter writer, string name, IEnumerable<CardElement> elements, CardDialect dialect)
    {
        writer.WriteStartArray(name);
        foreach (var element in elements)
        {
            WriteElement(writer, element, dialect);
        }

        writer.WriteEndArray();
    }

    private static void WriteElement(Utf8JsonWriter writer, CardElement element, CardDialect dialect)
    {
        writer.WriteStartObject();
        switch (element)
        {
            case TextBlock text:
                WriteTextBlock(writer, text);
                break;
            case FactSet facts:
                writer.WriteString("type", "FactSet");
                writer.WriteStartArray("facts");
                foreach (var fact in facts.Facts)
                {
                    writer.WriteStartObject();
                    writer.WriteString("title", Markdown.Escape(fact.Title));
                    writer.WriteString("value", Markdown.Escape(fact.Value));
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

                if (container.Separator)
                {
                    writer.WriteBoolean("separator", true);
                }

                WriteElements(writer, "items", container.Items, dialect);
                break;
            case ColumnSet columns:
                writer.WriteString("type", "ColumnSet");
                writer.WriteStartArray("columns");
                foreach (var column in columns.Columns)
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", "Column");
                    writer.WriteString("width", column.Width == ColumnWidth.Auto ? "auto" : "stretch");
                    WriteElements(writer, "items", column.Items, dialect);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case Image image:
                writer.WriteString("type", "Image");
                writer.WriteString("url", image.Url);
                writer.WriteString("altText", image.AltText);
                break;
            case ActionSet set:
                writer.WriteString("type", "ActionSet");
                WriteActions(writer, "actions", set.Actions, dialect);
                break;
            case CardInput input:
                WriteInput(writer, input);
                break;
            default:
                throw new NotSupportedException($"No JSON writer for {element.GetType().Name}.");
        }

        writer.WriteEndObject();
    }

    private static void WriteTextBlock(Utf8JsonWriter writer, TextBlock text)
    {
        writer.WriteString("type", "TextBlock");
        writer.WriteString("text", Markdown.Escape(text.Text));
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
    }

    private static void WriteInput(Utf8JsonWriter writer, CardInput input)
    {
        switch (input)
        {
            case InputText text:
                writer.WriteString("type", "Input.Text");
                WriteInputCommon(writer, input);
                WriteIfSet(writer, "placeholder", text.Placeholder);
                WriteIfSet(writer, "value", text.Value);
                if (text.MaxLength is { } maxLength)
                {
                    writer.WriteNumber("maxLength", maxLength);
                }

                WriteIfSet(writer, "regex", text.Regex);
                if (text.IsMultiline)
                {
                    writer.WriteBoolean("isMultiline", true);
                }

                break;
            case InputNumber number:
                writer.WriteString("type", "Input.Number");
                WriteInputCommon(writer, input);
                WriteIfSet(writer, "placeholder", number.Placeholder);
                WriteNumberIfSet(writer, "value", number.Value);
                WriteNumberIfSet(writer, "min", number.Min);
                WriteNumberIfSet(writer, "max", number.Max);
                break;
            case InputChoiceSet choices:
                writer.WriteString("type", "Input.ChoiceSet");
                WriteInputCommon(writer, input);
                writer.WriteString("style", choices.Style == ChoiceSetStyle.Expanded ? "expanded" : "compact");
                if (choices.IsMultiSelect)
                {
                    writer.WriteBoolean("isMultiSelect", true);
                }

                WriteIfSet(writer, "placeholder", choices.Placeholder);
                if (choices.Selected.Count > 0)
                {
                    writer.WriteString("value", string.Join(',', choices.Selected));
                }

                writer.WriteStartArray("choices");
                foreach (var choice in choices.Choices)
                {
                    writer.WriteStartObject();
                    writer.WriteString("title", choice.Title);
                    writer.WriteString("value", choice.Value);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"No JSON writer for {input.GetType().Name}.");
        }
    }

    private static void WriteInputCommon(Utf8JsonWriter writer, CardInput input)
    {
        writer.WriteString("id", input.Id);
        writer.WriteString("label", input.Label);
        if (input.IsRequired)
        {
            writer.WriteBoolean("isRequired", true);
        }

        WriteIfSet(writer, "errorMessage", input.ErrorMessage);
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNumberIfSet(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
