using System.Text.Json;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>Reads the inputs of an edit form as clients send them (strings, sometimes numbers); empty means not given.</summary>
internal static class FormInputs
{
    public static string? Text(JsonElement data, string id)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(id, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return text is { Length: > 0 } ? text : null;
    }

    /// <summary>An on/off choice: true, false, or null when not sent; anything else is an error.</summary>
    public static Result<bool?> Bool(JsonElement data, string id) => Text(data, id) switch
    {
        null => Result<bool?>.Ok(null),
        "true" => Result<bool?>.Ok(true),
        "false" => Result<bool?>.Ok(false),
        _ => new Error("form.invalid_field", id),
    };
}
