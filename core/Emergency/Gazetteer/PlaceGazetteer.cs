using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency.Validation;

namespace ChatPhone.Core.Emergency.Gazetteer;

/// <summary>
/// The populated places of every country step 1 offers (GeoNames, CC BY 4.0: see <c>NOTICE.md</c> next to the data),
/// from the embedded <c>gazetteer.tsv.gz</c> written by the bot's <c>build-gazetteer</c> verb. Loaded once, on first use,
/// and indexed by (country, folded name): case, accents, hyphens, dots and "St"/"Saint" do not matter.
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

    private readonly FrozenDictionary<string, GazetteerPlace[]> _byName;
    private readonly FrozenDictionary<string, GazetteerPlace[]> _byCountry;
    private readonly FrozenDictionary<string, GazetteerDivision[]> _divisions;
    private readonly FrozenDictionary<string, (string Key, string Name, long Population)[]> _names;

    /// <summary>A gazetteer over <paramref name="places"/> and <paramref name="divisions"/> (tests build small ones).</summary>
    public PlaceGazetteer(IEnumerable<GazetteerPlace> places, IEnumerable<GazetteerDivision> divisions)
    {
        var all = places.ToArray();
        _byCountry = all.GroupBy(p => p.Country, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Population).ToArray(), StringComparer.Ordinal);
        _byName = all.SelectMany(p => p.AllNames.Select(n => (Key: IndexKey(p.Country, Key(n)), Place: p)))
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Place).Distinct().OrderByDescending(p => p.Population).ToArray(), StringComparer.Ordinal);
        _names = _byCountry.ToFrozenDictionary(
            c => c.Key,
            c => c.Value.SelectMany(p => p.AllNames.Select(n => (Key(n), n, p.Population))).ToArray(),
            StringComparer.Ordinal);
        _divisions = divisions.GroupBy(d => d.Country, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The gazetteer shipped with ChatPhone (loaded on first use, then shared).</summary>
    public static PlaceGazetteer Default => Embedded.Value;

    /// <summary>The countries with places.</summary>
    public IEnumerable<string> Countries => _byCountry.Keys;

    /// <summary>How many places the gazetteer holds.</summary>
    public int Count => _byCountry.Values.Sum(p => p.Length);

    /// <summary>True when <paramref name="country"/> has places.</summary>
    public bool Covers(string country) => _byCountry.ContainsKey(country.ToUpperInvariant());

    /// <summary>The places of <paramref name="country"/> called <paramref name="name"/> (any of their names), most populous first.</summary>
    public IReadOnlyList<GazetteerPlace> Find(string country, string name) =>
        _byName.GetValueOrDefault(IndexKey(country.ToUpperInvariant(), Key(name))) ?? [];

    /// <summary>The capital of <paramref name="country"/> (else its most populous place), or null when it has none.</summary>
    public GazetteerPlace? Capital(string country) =>
        _byCountry.GetValueOrDefault(country.ToUpperInvariant()) is { Length: > 0 } places ? places.FirstOrDefault(p => p.IsCapital) ?? places[0] : null;

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
        if (key.Length == 0 || _names.GetValueOrDefault(country.ToUpperInvariant()) is not { } names)
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

    private static string IndexKey(string country, string key) => country + "|" + key;

    private static PlaceGazetteer Load()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("gazetteer.tsv.gz is not embedded in ChatPhone.Core.");
        using var zip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(zip, Encoding.UTF8);
        var places = new List<GazetteerPlace>(120_000);
        var divisions = new List<GazetteerDivision>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f[0] == "A" && f.Length >= 5)
            {
                divisions.Add(new GazetteerDivision(f[1], f[2], f[3], f[4]));
            }
            else if (f[0] == "C" && f.Length >= 9)
            {
                places.Add(new GazetteerPlace(
                    f[1], f[2], f[3].Length == 0 ? [] : f[3].Split('|'), f[4],
                    double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture),
                    long.Parse(f[7], CultureInfo.InvariantCulture), f[8] == "C"));
            }
        }

        return new PlaceGazetteer(places, divisions);
    }
}
