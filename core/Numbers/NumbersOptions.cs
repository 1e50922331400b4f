namespace ChatPhone.Core.Numbers;

/// <summary>Settings of the Numbers area (configuration section <c>ChatPhone:Numbers</c>); every default works without configuration.</summary>
public sealed class NumbersOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ChatPhone:Numbers";

    /// <summary>How long a search order holds its numbers (the 2018 admin center gave 10 minutes).</summary>
    public TimeSpan ReservationExpiry { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many numbers the simulated carrier stocks per place.</summary>
    public int StockPerPlace { get; set; } = 100;

    /// <summary>Stock of particular places, by place key (<c>US/WA/Seattle</c>, <c>US//Toll Free</c>).</summary>
    public Dictionary<string, int> Stock { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The stock of the place with key <paramref name="placeKey"/>.</summary>
    public int StockOf(string placeKey) => Stock.TryGetValue(placeKey, out var size) ? Math.Max(0, size) : StockPerPlace;
}
