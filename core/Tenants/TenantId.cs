using ChatPhone.Core.Common;

namespace ChatPhone.Core.Tenants;

/// <summary>
/// Identifies one organisation. Every key a tenant owns carries it as a Redis hash tag, so it is
/// restricted to characters that cannot break out of the tag (letters, digits, '-', '_', '.').
/// </summary>
public readonly record struct TenantId
{
    /// <summary>Longest accepted id (AAD tenant ids are 36-character GUIDs).</summary>
    public const int MaxLength = 64;

    private TenantId(string value) => Value = value;

    /// <summary>The id, lower-cased.</summary>
    public string Value { get; }

    /// <summary>Validates and normalises a tenant id.</summary>
    public static Result<TenantId> TryCreate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength
            || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return new Error("tenant.invalid_id");
        }

        return new TenantId(value.ToLowerInvariant());
    }

    /// <summary>Parses an id known to be valid (configuration, tests); throws on a bad one.</summary>
    public static TenantId Parse(string value)
    {
        var result = TryCreate(value);
        return result.IsSuccess ? result.Value : throw new FormatException($"'{value}' is not a valid tenant id.");
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
