using System.Text.Json;
using System.Text.Json.Serialization;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Directory;

/// <summary>
/// A person of the tenant's directory, by their object id (<see cref="Person.AadObjectId"/>): 1 to
/// <see cref="MaxLength"/> printable characters without spaces, trimmed and lower-cased as the directory stores it.
/// Serialises as the plain string.
/// </summary>
[JsonConverter(typeof(UserIdJsonConverter))]
public readonly record struct UserId
{
    /// <summary>Longest accepted id (the directory import's limit; AAD object ids are 36-character GUIDs).</summary>
    public const int MaxLength = 128;

    private UserId(string value) => Value = value;

    /// <summary>The id, lower-cased.</summary>
    public string Value { get; }

    /// <summary>Validates and normalises a person's id.</summary>
    public static Result<UserId> TryCreate(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        if (!IsValid(text))
        {
            return new Error("directory.invalid_user_id", value ?? string.Empty);
        }

        return new UserId(text.ToLowerInvariant());
    }

    /// <summary>Parses an id known to be valid (a person the directory returned, configuration, tests); throws on a bad one.</summary>
    public static UserId Parse(string value)
    {
        var result = TryCreate(value);
        return result.IsSuccess ? result.Value : throw new FormatException($"'{value}' is not a valid user id.");
    }

    /// <summary>True when <paramref name="text"/>, as written, is a valid id: 1 to <see cref="MaxLength"/> characters, no spaces or control characters.</summary>
    public static bool IsValid(string text) =>
        text.Length is > 0 and <= MaxLength && !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Reads and writes a <see cref="UserId"/> as its plain string, so documents keep their shape.</summary>
public sealed class UserIdJsonConverter : JsonConverter<UserId>
{
    /// <inheritdoc />
    public override UserId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var result = UserId.TryCreate(reader.GetString());
        return result.IsSuccess ? result.Value : throw new JsonException($"'{reader.GetString()}' is not a valid user id.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, UserId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
