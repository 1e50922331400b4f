using System.Globalization;

namespace ChatPhone.Core.Emergency.Gazetteer;

/// <summary>The places of one country indexed by folded name, built the first time the country is asked about.</summary>
internal sealed class CountryPlaceIndex
{
    private readonly Dictionary<string, GazetteerPlace[]> _byKey;

    public CountryPlaceIndex(IEnumerable<GazetteerPlace> places)
    {
        // Most populous first: the place a bare name means, and the order suggestions come in.
        Places = places.OrderByDescending(p => p.Population).ToArray();
        var byKey = new Dictionary<string, List<GazetteerPlace>>(StringComparer.Ordinal);
        var names = new List<(string Key, string Name, long Population)>(Places.Length);
        foreach (var place in Places)
        {
            foreach (var (name, key) in place.KeyedNames)
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                if (list.Count == 0 || !ReferenceEquals(list[^1], place))
                {
                    list.Add(place);
                }

                names.Add((key, name, place.Population));
            }
        }

        _byKey = byKey.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        Names = names.ToArray();
    }

    /// <summary>Every place, most populous first.</summary>
    public GazetteerPlace[] Places { get; }

    /// <summary>Every name with its key and its place's population.</summary>
    public (string Key, string Name, long Population)[] Names { get; }

    /// <summary>The places whose one name has <paramref name="key"/>, most populous first.</summary>
    public IReadOnlyList<GazetteerPlace> Find(string key) => _byKey.GetValueOrDefault(key) ?? [];

    /// <summary>The index of the data file's <c>C</c> lines of one country.</summary>
    public static CountryPlaceIndex Parse(IEnumerable<string> lines) => new(lines.Select(line =>
    {
        var f = line.Split('\t');
        return new GazetteerPlace(
            f[1], f[2], f[3].Length == 0 ? [] : f[3].Split('|'), f[4],
            double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture),
            long.Parse(f[7], CultureInfo.InvariantCulture), f[8] == "C")
        {
            Keys = f.Length >= 10 ? f[9].Split('|') : [],
        };
    }));
}
