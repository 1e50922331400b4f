namespace ChatPhone.Core.Common;

/// <summary>
/// Names one logical attempt of a mutating command. A replay with the same key returns the first
/// result and changes nothing (Teams redelivers activities and card submits).
/// </summary>
public readonly record struct IdempotencyKey
{
    /// <summary>Upper bound on the key length, so keys stay cheap to store.</summary>
    public const int MaxLength = 200;

    private IdempotencyKey(string value) => Value = value;

    /// <summary>The key text.</summary>
    public string Value { get; }

    /// <summary>Validates and wraps a key (non-empty, printable, at most <see cref="MaxLength"/> characters).</summary>
    public static Result<IdempotencyKey> TryCreate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength || value.Any(char.IsControl))
        {
            return new Error("request.invalid_idempotency_key");
        }

        return new IdempotencyKey(value);
    }

    /// <summary>A fresh random key, for actions that originate on the server.</summary>
    public static IdempotencyKey New() => new(Guid.NewGuid().ToString("N"));

    /// <summary>
    /// The key of one step of a request that runs several commands ("create", then "license"): stable, so a
    /// replay of the request replays each step; a key that would be too long is shortened by hashing.
    /// </summary>
    public IdempotencyKey For(string step)
    {
        var derived = $"{Value}:{step}";
        return new IdempotencyKey(derived.Length <= MaxLength
            ? derived
            : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(derived))));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
