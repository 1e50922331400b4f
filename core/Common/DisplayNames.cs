using System.Globalization;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Core.Common;

/// <summary>
/// What people read for a value the code names in English: enum members (<c>NumberType.UserSubscriber</c> →
/// "numéro d’utilisateur"), Windows time-zone ids ("Romance Standard Time" → "(UTC+01:00) Bruxelles, Copenhague,
/// Madrid, Paris") and the few fixed English names the services store (the default bridge's name). Names live in
/// <c>core/Resources/DisplayNames.resx</c> (EN) and <c>.fr.resx</c> (FR) under <c>Type_Member</c>, the same
/// <c>Prefix_Value</c> convention the card and bot tables use; an enum passed to <see cref="Error"/> is stored as
/// <c>Type.Member</c> and shown through this table. English names fit the English messages they go into
/// ("{0} is a {1} number" → "a toll conference number"); French names are whole noun phrases ("un numéro de conférence payant").
/// </summary>
public static class DisplayNames
{
    // The enums an error may carry: core's own and DayOfWeek (opening hours).
    private static readonly HashSet<string> EnumTypeNames =
        [.. typeof(Error).Assembly.GetTypes().Where(t => t.IsEnum).Select(t => t.Name), nameof(DayOfWeek)];

    /// <summary>The name of <paramref name="value"/> in <paramref name="language"/>.</summary>
    public static string Display<TEnum>(this TEnum value, Language language)
        where TEnum : struct, Enum => Of(value, language.Culture());

    /// <summary>The name of <paramref name="value"/> in <paramref name="culture"/>; the member name when none is defined.</summary>
    public static string Of(Enum value, CultureInfo culture) =>
        value is Sku sku && Brand(sku) is { } brand ? brand : Error.Messages.Find(culture, Key(value)) ?? value.ToString();

    /// <summary>True when <paramref name="value"/> has a display name (a brand or a resource).</summary>
    public static bool IsNamed(Enum value) =>
        value is Sku sku && Brand(sku) is not null || Error.Messages.Find(CultureInfo.InvariantCulture, Key(value)) is not null;

    /// <summary>The resource name of an enum member: <c>NumberType_UserSubscriber</c>.</summary>
    public static string Key(Enum value) => value.GetType().Name + "_" + value;

    /// <summary>How an enum argument of an <see cref="Error"/> is stored: <c>NumberType.UserSubscriber</c>.</summary>
    public static string Token(Enum value) => value.GetType().Name + "." + value;

    /// <summary>
    /// The display name of a stored error argument that is an enum <see cref="Token"/> (its member name when the member has
    /// no display name); any other argument as it is.
    /// </summary>
    public static string OfArgument(string argument, CultureInfo culture)
    {
        var dot = argument.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !EnumTypeNames.Contains(argument[..dot]) || !Identifier(argument[(dot + 1)..]))
        {
            return argument;
        }

        var member = argument[(dot + 1)..];
        if (argument[..dot] == nameof(Sku) && Enum.TryParse<Sku>(member, out var sku) && Brand(sku) is { } brand)
        {
            return brand;
        }

        return Error.Messages.Find(culture, argument.Replace('.', '_')) ?? member;
    }

    private static bool Identifier(string text) => text.Length > 0 && char.IsUpper(text[0]) && text.All(char.IsAsciiLetterOrDigit);

    /// <summary>
    /// A Windows time-zone id as people read it, with its standard offset: "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris";
    /// an id without a name is shown as it is.
    /// </summary>
    public static string TimeZone(string id, Language language)
    {
        var name = Error.Messages.Find(language.Culture(), "TimeZone_" + new string(id.Where(char.IsLetterOrDigit).ToArray()));
        if (name is null)
        {
            return id;
        }

        var offset = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone.BaseUtcOffset : TimeSpan.Zero;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return offset == TimeSpan.Zero ? $"(UTC) {name}" : $"(UTC{sign}{offset:hh\\:mm}) {name}";
    }

    /// <summary>A conference bridge's name: the default name the service gives a new bridge reads in the person's language.</summary>
    public static string BridgeName(string name, Language language) =>
        name == Conferencing.ConferenceBridge.DefaultName ? Error.Messages.Get(language, "ConferenceBridge_DefaultName") : name;

    /// <summary>An emergency location's name: the address's default location reads in the person's language.</summary>
    public static string LocationName(string name, Language language) =>
        name == Emergency.EmergencyService.DefaultLocationName ? Error.Messages.Get(language, "EmergencyLocation_Default") : name;

    /// <summary>
    /// Where a manual number request goes: an e-mail address as it is; the user-number form by its own (English) name,
    /// or in French by its French name with <paramref name="countryName"/>.
    /// </summary>
    public static string RequestDestination(string destination, string countryName, Language language) =>
        destination.Contains('@', StringComparison.Ordinal) || language != Language.French
            ? destination
            : Error.Messages.Get(language, "NumberRequestForm_User", countryName);

    // Product names are brands: they read the same in every language.
    private static string? Brand(Sku sku) => sku switch
    {
        Sku.PhoneSystem => "Teams Phone Standard",
        Sku.E5 => "Office 365 E5",
        Sku.E3 => "Office 365 E3",
        Sku.E1 => "Office 365 E1",
        _ => null,
    };
}
