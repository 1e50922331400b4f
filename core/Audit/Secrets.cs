namespace ChatPhone.Core.Audit;

/// <summary>Masks secrets for copies read by people who must not see them whole (audit entries, helpdesk views).</summary>
public static class Secrets
{
    /// <summary>The mark that stands for the hidden characters (ASCII: the JSON of audit copies keeps it readable, and it means nothing in markdown).</summary>
    public const string Mask = "XXXX";

    /// <summary>The most characters a masked value keeps.</summary>
    public const int MaxKept = 4;

    /// <summary>
    /// <paramref name="value"/> as <c>XXXX1234</c>: at most <paramref name="keepLast"/> (and at most <see cref="MaxKept"/>)
    /// trailing characters, and never more than a third of the value, so a short secret keeps nothing.
    /// </summary>
    public static string Masked(string value, int keepLast)
    {
        var kept = Math.Min(Math.Min(keepLast, MaxKept), value.Length / 3);
        return Mask + value[^Math.Max(kept, 0)..];
    }

    /// <summary>A secret that may be absent, masked the same way (null stays null).</summary>
    public static string? MaskedOrNull(string? value, int keepLast) => value is null ? null : Masked(value, keepLast);
}
