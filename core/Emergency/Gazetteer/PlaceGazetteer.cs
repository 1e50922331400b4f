using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency.Validation;

namespace ChatPhone.Core.Emergency.Gazetteer;

/// <summary>
/// The populated places of every country step 1 offers (GeoNames, CC BY 4.0: see <c>NOTICE.md</c> next to the data),
/// from the embedded <c>gazetteer.tsv.gz</c> written by the bot's <c>build-gazetteer</c> verb, which also stores each name's
/// folded key so loading does no text folding. Loaded once, on first use, and indexed by (country, folded name): case,
/// accents, hyphens, dots and "St"/"Saint" do not matter.
/// </summary>
public sealed class PlaceGazetteer
{
    private const string ResourceName = "ChatPhone.Core.Emergency.Gazetteer.gazetteer.tsv.gz";
    private static readonly Lazy<PlaceGazetteer> Embedded = new(Load);

    // Abbreviations people write for a name's first word, folded: "St Louis" = "Saint Louis", "Ste-Foy" = "Sainte Foy".
    private static readonly FrozenDictionary<string, string> Abbreviated = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["st"] = "saint", ["ste"] = "sainte", ["mt"] = "mount", ["ft"] = "fort",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Dictionary<string, Lazy<CountryPlaceIndex>> _countries;
    private readonly Dictionary<string, GazetteerDivision[]> _divisions;

    /// <summary>A gazetteer over <paramref name="places"/> and <paramref name="divisions"/> (tests build small ones).</summary>
    public PlaceGazetteer(IEnumerable<GazetteerPlace> places, IEnumerable<GazetteerDivision> divisions)
        : this(
            places.GroupBy(p => p.Country, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Lazy<CountryPlaceIndex>(() => new CountryPlaceIndex(g)), StringComparer.Ordinal),
            divisions)
    {
    }

    private PlaceGazetteer(Dictionary<string, Lazy<CountryPlaceIndex>> countries, IEnumerable<GazetteerDivision> divisions)
    {
        _countries = countries;
        _divisions = divisions.GroupBy(d => d.Country, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The gazetteer shipped with ChatPhone (loaded on first use, then shared).</summary>
    public static PlaceGazetteer Default => Embedded.Value;

    /// <summary>The countries with places.</summary>
    public IEnumerable<string> Countries => _countries.Keys;

    /// <summary>How many places the gazetteer holds (indexes every country).</summary>
    public int Count => _countries.Values.Sum(c => c.Value.Places.Length);

    /// <summary>True when <paramref name="country"/> has places.</summary>
    public bool Covers(string country) => _countries.ContainsKey(country.ToUpperInvariant());

    /// <summary>The places of <paramref name="country"/> called <paramref name="name"/> (any of their names), most populous first.</summary>
    public IReadOnlyList<GazetteerPlace> Find(string country, string name) =>
        Index(country)?.Find(Key(name)) ?? [];

    /// <summary>The capital of <paramref name="country"/> (else its most populous place), or null when it has none.</summary>
    public GazetteerPlace? Capital(string country) =>
        Index(country)?.Places is { Length: > 0 } places ? places.FirstOrDefault(p => p.IsCapital) ?? places[0] : null;

    /// <summary>The first-level divisions of <paramref name="country"/>.</summary>
    public IReadOnlyList<GazetteerDivision> Divisions(string country) => _divisions.GetValueOrDefault(country.ToUpperInvariant()) ?? [];

    /// <summary>The division of <paramref name="country"/> whose abbreviation, code or name is <paramref name="text"/>, or null.</summary>
    public GazetteerDivision? Division(string country, string text)
    {
        var key = Key(text);
        var divisions = Divisions(country);
        return divisions.FirstOrDefault(d => d.Abbreviation.Length > 0 && Key(d.Abbreviation) == key)
            ?? divisions.FirstOrDefault(d => Key(d.Name) == key);
    }

    /// <summary>
    /// Up to <paramref name="count"/> names of <paramref name="country"/> closest to <paramref name="name"/> (fewest letter
    /// edits, then most populous), for "did you mean"; only names within a third of the typed length are offered.
    /// </summary>
    public IReadOnlyList<string> Closest(string country, string name, int count = 3)
    {
        var key = Key(name);
        if (key.Length == 0 || Index(country)?.Names is not { } names)
        {
            return [];
        }

        var limit = Math.Max(1, key.Length / 3);
        return names
            .Where(n => Math.Abs(n.Key.Length - key.Length) <= limit)
            .Select(n => (n.Name, n.Population, Distance: AddressValidator.Distance(n.Key, key)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Population)
            .Select(c => c.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(count)
            .ToArray();
    }

    /// <summary>How names are compared: folded (<see cref="KnownPlaces.Key"/>), apostrophes as spaces, a leading "St"/"Ste"/"Mt" spelled out.</summary>
    public static string Key(string text)
    {
        var words = KnownPlaces.Key(text.Replace('\'', ' ').Replace('’', ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words.Length > 1 && Abbreviated.TryGetValue(words[i], out var full))
            {
                words[i] = full;
            }
        }

        return string.Join(' ', words);
    }

    // The country's index, built on first use (about 16,000 places for the largest); null when the country has none.
    private CountryPlaceIndex? Index(string country) => _countries.GetValueOrDefault(country.ToUpperInvariant())?.Value;

    // Only the lines are read and grouped by country here; a country's places are parsed and indexed when first asked about.
    private static PlaceGazetteer Load()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("gazetteer.tsv.gz is not embedded in ChatPhone.Core.");
        using var zip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(zip, Encoding.UTF8);
        var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var divisions = new List<GazetteerDivision>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("A\t", StringComparison.Ordinal) && line.Split('\t') is { Length: >= 5 } f)
            {
                divisions.Add(new GazetteerDivision(f[1], f[2], f[3], f[4]));
            }
            else if (line.StartsWith("C\t", StringComparison.Ordinal) && line.Length > 5)
            {
                var country = line.Substring(2, 2);
                if (!lines.TryGetValue(country, out var list))
                {
                    lines[country] = list = [];
                }

                list.Add(line);
            }
        }

        return new PlaceGazetteer(
            lines.ToDictionary(e => e.Key, e => new Lazy<CountryPlaceIndex>(() => CountryPlaceIndex.Parse(e.Value)), StringComparer.Ordinal),
            divisions);
    }
}
