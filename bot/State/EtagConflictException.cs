namespace ChatPhone.Bot.State;

/// <summary>
/// Thrown by <see cref="RedisBotStorage"/> when a write's ETag does not match the stored one.
/// The message starts with "Etag conflict": Teams SSO middleware matches on that text.
/// </summary>
public sealed class EtagConflictException(string key)
    : Exception($"Etag conflict: the state '{key}' was changed by another turn.");
