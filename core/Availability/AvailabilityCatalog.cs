using System.Collections.Frozen;
using System.Text.Json;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Availability;

/// <summary>
/// Every country/region ChatPhone knows, loaded once from the embedded <c>countries.json</c>.
/// The data is a simulation built from the domain reference (step 1): the countries of the 2018
/// selector page, the US page's details (toll cities, shared conferencing numbers, pooled minutes),
/// the Calling Plan countries and allotments, and plausible values elsewhere. It is not live
/// Microsoft data. A few sanctioned countries are included, with nothing sold, so the "guide stops"
/// answer has real examples.
/// </summary>
public sealed class AvailabilityCatalog
{
    private const string ResourceName = "ChatPhone.Core.Availability.countries.json";
    private const int MaxQueryLength = 100;

    private static readonly Lazy<AvailabilityCatalog> Embedded = new(Load);

    private readonly FrozenDictionary<string, CountryAvailability> _byIso;
    private readonly FrozenDictionary<string, CountryAvailability> _byKey;

    /// <summary>Builds a catalog over <paramref name="countries"/>; a name shared by two countries is a data bug.</summary>
    public AvailabilityCatalog(IEnumerable<CountryAvailability> countries)
    {
        All = countries.OrderBy(c => c.EnglishName, StringComparer.Ordinal).ToArray();
        _byIso = All.ToFrozenDictionary(c => c.Iso, StringComparer.OrdinalIgnoreCase);
        var keys = new Dictionary<string, CountryAvailability>(StringComparer.Ordinal);
        foreach (var country in All)
        {
            foreach (var name in Names(country).Select(CountryNames.Key).Distinct(StringComparer.Ordinal))
            {
                if (!keys.TryAdd(name, country))
                {
                    throw new InvalidOperationException($"Country name '{name}' is used by both {keys[name].Iso} and {country.Iso}.");
                }
            }
        }

        _byKey = keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The catalog of the embedded data (loaded on first use, then shared).</summary>
    public static AvailabilityCatalog Default => Embedded.Value;

    /// <summary>Every country, by English name.</summary>
    public IReadOnlyList<CountryAvailability> All { get; }

    /// <summary>The country with ISO code <paramref name="iso"/> (any case).</summary>
    public Result<CountryAvailability> Get(string iso) =>
        iso is not null && _byIso.TryGetValue(iso.Trim(), out var country) ? country : Unknown(iso);

    /// <summary>
    /// The country named by <paramref name="text"/>: its ISO code, English or French name or an alias,
    /// ignoring case, accents and punctuation ("jp", "Japon", "etats-unis", "UAE").
    /// </summary>
    public Result<CountryAvailability> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxQueryLength)
        {
            return Unknown(text);
        }

        return _byKey.TryGetValue(CountryNames.Key(text), out var country) ? country : Unknown(text);
    }

    // The text is echoed in the message, so a long paste is cut short.
    private static Error Unknown(string? text)
    {
        var shown = (text ?? string.Empty).Trim();
        return new Error("availability.unknown_country", shown.Length > 40 ? shown[..40] + "…" : shown);
    }

    private static IEnumerable<string> Names(CountryAvailability country) =>
        new[] { country.Iso, country.EnglishName, country.FrenchName }.Concat(country.Aliases);

    private static AvailabilityCatalog Load()
    {
        using var stream = typeof(AvailabilityCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize(stream, AvailabilityJson.Default.CountryFile)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return new AvailabilityCatalog(file.Countries);
    }
}

/// <summary>The shape of <c>countries.json</c>.</summary>
internal sealed record CountryFile(string Source, IReadOnlyList<CountryAvailability> Countries);
