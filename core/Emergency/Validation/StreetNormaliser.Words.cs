namespace ChatPhone.Core.Emergency.Validation;

/// <summary>The words the street rules know: spelled ordinals, street types and their variants, directionals, name particles.</summary>
internal static partial class StreetNormaliser
{
    private static readonly string[] SpelledOrdinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static readonly Dictionary<string, string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["str"] = "St", ["stree"] = "Street", ["strt"] = "St", ["av"] = "Ave", ["avn"] = "Ave", ["aven"] = "Ave", ["avenu"] = "Avenue",
        ["bvd"] = "Blvd", ["blv"] = "Blvd", ["boul"] = "Blvd", ["drv"] = "Dr", ["dri"] = "Dr", ["crt"] = "Ct", ["lne"] = "Ln",
        ["pky"] = "Pkwy", ["pkway"] = "Pkwy", ["parkwy"] = "Pkwy", ["hway"] = "Hwy", ["hiway"] = "Hwy", ["wy"] = "Way", ["plc"] = "Pl",
    };

    private static readonly HashSet<string> StandardSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "St", "Street", "Ave", "Avenue", "Blvd", "Boulevard", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Way", "Ct", "Court",
        "Pl", "Place", "Pkwy", "Parkway", "Hwy", "Highway", "Ter", "Terrace", "Cir", "Circle", "Sq", "Square",
    };

    private static readonly Dictionary<string, string> Directionals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["north"] = "N", ["south"] = "S", ["east"] = "E", ["west"] = "W", ["northeast"] = "NE", ["northwest"] = "NW",
        ["southeast"] = "SE", ["southwest"] = "SW", ["n"] = "N", ["s"] = "S", ["e"] = "E", ["w"] = "W",
        ["ne"] = "NE", ["nw"] = "NW", ["se"] = "SE", ["sw"] = "SW",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "du", "des", "la", "le", "les", "von", "der", "den", "am", "an", "im", "of", "the", "and",
    };

    private static readonly HashSet<string> EnglishStreetCountries = new(StringComparer.OrdinalIgnoreCase) { "US", "CA", "GB", "AU", "NZ", "IE", "PR" };
}
