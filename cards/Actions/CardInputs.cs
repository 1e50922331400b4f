using System.Text.Json;

namespace ChatPhone.Cards.Actions;

/// <summary>Reads the input values Teams merged into a clicked action's data.</summary>
public static class CardInputs
{
    /// <summary>The trimmed value of input <paramref name="id"/>; null when absent or blank.</summary>
    public static string? Value(JsonElement data, string id) =>
        data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(id, out var value)
        && value.ValueKind == JsonValueKind.String
        && value.GetString()?.Trim() is { Length: > 0 } text
            ? text
            : null;

    /// <summary>The values of a multi-select input (sent comma-separated), trimmed and without blanks.</summary>
    public static IReadOnlyList<string> Values(JsonElement data, string id) =>
        Value(data, id)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}
