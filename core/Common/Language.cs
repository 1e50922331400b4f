using System.Globalization;

namespace ChatPhone.Core.Common;

/// <summary>The languages ChatPhone speaks.</summary>
public enum Language
{
    /// <summary>English.</summary>
    English,

    /// <summary>French.</summary>
    French,
}

/// <summary>Culture helpers for <see cref="Language"/>.</summary>
public static class LanguageExtensions
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr");

    /// <summary>The neutral culture used to pick resources.</summary>
    public static CultureInfo Culture(this Language language) =>
        language == Language.French ? FrenchCulture : EnglishCulture;

    /// <summary>Maps a locale such as <c>fr-FR</c> to a language; anything else is English.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase)
            ? Language.French
            : Language.English;
}
