using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>Reads a number typed by an admin: E.164 with or without '+' (reference 5e formats); "tel:" is refused.</summary>
internal static class NumberInput
{
    public static Result<E164Number> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit) ? E164Number.TryParse("+" + trimmed) : E164Number.TryParse(trimmed);
    }
}
