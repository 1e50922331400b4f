using ChatPhone.Core.Common;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.ResourceAccounts;

/// <summary>The pure rules of resource accounts (reference step 9, §11 rules 3 and 4).</summary>
public static class ResourceAccountRules
{
    /// <summary>Longest display name.</summary>
    public const int MaxDisplayNameLength = 256;

    /// <summary>The UPN in lower case, if it is e-mail shaped (name@domain.tld).</summary>
    public static Result<string> Upn(string? upn) =>
        upn?.Trim() is { Length: > 0 } trimmed && DirectoryCsvParser.IsUpn(trimmed)
            ? trimmed.ToLowerInvariant()
            : new Error("resource_account.invalid_upn", upn ?? string.Empty);

    /// <summary>The display name, trimmed, if it has 1–256 printable characters.</summary>
    public static Result<string> DisplayName(string? name) =>
        name?.Trim() is { Length: > 0 and <= MaxDisplayNameLength } trimmed && !trimmed.Any(char.IsControl)
            ? trimmed
            : new Error("resource_account.invalid_display_name", MaxDisplayNameLength);

    /// <summary>True for the two licenses a resource account may hold.</summary>
    public static bool IsResourceAccountLicense(Sku sku) => sku is Sku.ResourceAccount or Sku.PhoneSystem;

    /// <summary>True when a number of <paramref name="type"/> may serve a resource account of <paramref name="kind"/>.</summary>
    public static bool Accepts(this ResourceAccountKind kind, NumberType type) =>
        kind == ResourceAccountKind.CallQueue ? type.IsCallQueue() : type.IsAutoAttendant();
}
