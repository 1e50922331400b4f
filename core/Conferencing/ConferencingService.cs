using System.Text.Json.Serialization.Metadata;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Conferencing;

/// <summary>
/// Audio conferencing (reference step 6): tenant settings and invites, the bridge and its service
/// numbers, organizers and their invite numbers, and the languages of dedicated numbers.
/// Split by concern into partial files.
/// </summary>
public sealed partial class ConferencingService(CommandRunner runner)
{
    /// <summary>
    /// Runs an admin command whose input was validated before its reads could be declared: invalid input
    /// still passes the role check (and its audit) first, then fails without reading anything.
    /// </summary>
    private Task<Result<T>> RunAsync<T>(
        IMutation command,
        string action,
        Error? invalid,
        Action<ReadSet> reads,
        Func<CommandContext, Result<T>> decide,
        JsonTypeInfo<T> resultType,
        CancellationToken cancellationToken) =>
        runner.RunAsync(command, action, Role.Admin, invalid, reads, decide, resultType, cancellationToken);

    /// <summary>
    /// Parses a bridge number in any of the forms the bridge cmdlets accept: E.164 with or without '+',
    /// or <c>tel:+E.164</c>.
    /// </summary>
    internal static Result<string> ParseNumber(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            value = value[4..];
        }

        if (value.Length > 0 && char.IsAsciiDigit(value[0]))
        {
            value = "+" + value;
        }

        var parsed = E164Number.TryParse(value);
        return parsed.IsSuccess ? parsed.Value.Value : new Error("number.invalid", text ?? string.Empty);
    }

    private static ReadSet ReadBridge(ReadSet reads) => reads.One(ConferencingCollections.Bridge, ConferenceBridge.DocumentId);

    private static Result<ConferenceBridge> Bridge(CommandContext context) =>
        context.Find(ConferencingCollections.Bridge, ConferenceBridge.DocumentId) is { } bridge
            ? bridge
            : new Error("conferencing.not_enabled");

    /// <summary>The bridge and one of its dedicated (tenant-owned) numbers; a shared number fails with <paramref name="sharedError"/>.</summary>
    private static Result<(ConferenceBridge Bridge, BridgeNumber Entry)> DedicatedNumber(CommandContext context, string number, string sharedError)
    {
        var bridge = Bridge(context);
        return bridge.IsSuccess ? DedicatedNumber(bridge.Value, number, sharedError) : bridge.Error;
    }

    private static Result<(ConferenceBridge Bridge, BridgeNumber Entry)> DedicatedNumber(ConferenceBridge bridge, string number, string sharedError) =>
        bridge.Find(number) is not { } entry ? new Error("conferencing.bridge.not_on_bridge", number)
        : entry.Shared ? new Error(sharedError, number)
        : (bridge, entry);

    private static ReadSet ReadCredits(ReadSet reads) => reads.One(CreditsCollections.Accounts, CreditsAccount.Id);

    private static bool HasCredits(CommandContext context) =>
        context.Find(CreditsCollections.Accounts, CreditsAccount.Id)?.HasPositiveBalance(context.Now) == true;

    private static Result<OrganizerSettings> Organizer(CommandContext context, string userId) =>
        context.Find(ConferencingCollections.Organizers, userId) is { } organizer
            ? organizer
            : new Error("conferencing.organizer.not_enabled", userId);

    /// <summary>A number on the bridge that may serve as a default of <paramref name="kind"/>.</summary>
    private static Result<BridgeNumber> DefaultCandidate(CommandContext context, ConferenceBridge bridge, string number, DialInKind kind)
    {
        if (bridge.Find(number) is not { } entry)
        {
            return new Error("conferencing.bridge.not_on_bridge", number);
        }

        if (entry.Kind != kind)
        {
            return new Error("conferencing.wrong_kind", number, entry.Kind, kind);
        }

        if (kind == DialInKind.TollFree && !HasCredits(context))
        {
            return new Error("conferencing.credits_required", number);
        }

        return entry;
    }
}
