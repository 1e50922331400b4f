using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>The pure validation rules of audio conferencing (reference step 6 and §11 rule 9).</summary>
public static class ConferencingRules
{
    /// <summary>Shortest PIN.</summary>
    public const int MinPinLength = 4;

    /// <summary>Longest PIN.</summary>
    public const int MaxPinLength = 12;

    /// <summary>PIN length of a new tenant.</summary>
    public const int DefaultPinLength = 5;

    /// <summary>Longest invite footer, in characters.</summary>
    public const int MaxFooterLength = 500;

    /// <summary>Longest invite link, in characters.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>Longest bridge name.</summary>
    public const int MaxBridgeNameLength = 64;

    /// <summary>The PIN length if it is within range.</summary>
    public static Result<int> PinLength(int length) =>
        length is >= MinPinLength and <= MaxPinLength
            ? length
            : new Error("conferencing.pin_length_out_of_range", length, MinPinLength, MaxPinLength);

    /// <summary>The invite customisation with blank fields dropped, if every link is an absolute https URL and the footer fits.</summary>
    public static Result<InviteCustomization> Invite(InviteCustomization invite)
    {
        var footer = Blank(invite.FooterText);
        if (footer is { Length: > MaxFooterLength })
        {
            return new Error("conferencing.invite.footer_too_long", footer.Length, MaxFooterLength);
        }

        foreach (var (field, url) in new[] { ("help", invite.HelpUrl), ("legal", invite.LegalUrl), ("logo", invite.LogoUrl) })
        {
            if (Blank(url) is { } value && !IsHttpsUrl(value))
            {
                return new Error("conferencing.invite.url_invalid", field, value);
            }
        }

        return new InviteCustomization(Blank(invite.HelpUrl), Blank(invite.LegalUrl), footer, Blank(invite.LogoUrl));
    }

    /// <summary>The bridge name, trimmed, if it is 1–<see cref="MaxBridgeNameLength"/> printable characters.</summary>
    public static Result<string> BridgeName(string? name) =>
        name?.Trim() is { Length: > 0 and <= MaxBridgeNameLength } trimmed && !trimmed.Any(char.IsControl)
            ? trimmed
            : new Error("conferencing.bridge.name_invalid", MaxBridgeNameLength);

    /// <summary>
    /// The languages in canonical form, if the primary and every secondary one are supported, there are at
    /// most <see cref="ConferencingLanguages.MaxSecondary"/> secondary ones and none appears twice.
    /// </summary>
    public static Result<NumberLanguages> Languages(string primary, IReadOnlyList<string> secondary)
    {
        if (secondary.Count > ConferencingLanguages.MaxSecondary)
        {
            return new Error("conferencing.languages.too_many", secondary.Count, ConferencingLanguages.MaxSecondary);
        }

        var chosen = new List<string>();
        foreach (var text in secondary.Prepend(primary))
        {
            if (ConferencingLanguages.Canonical(text) is not { } id)
            {
                return new Error("conferencing.languages.unsupported", text);
            }

            if (chosen.Contains(id))
            {
                return new Error("conferencing.languages.duplicate", id);
            }

            chosen.Add(id);
        }

        return new NumberLanguages(chosen[0], chosen.Skip(1).ToArray());
    }

    private static bool IsHttpsUrl(string value) =>
        value.Length <= MaxUrlLength
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host)
        && string.IsNullOrEmpty(uri.UserInfo);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
