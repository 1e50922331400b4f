using System.Globalization;

namespace ChatPhone.Core.Emergency.Validation;

/// <summary>Latitude and longitude in decimal degrees, as the address stores them (strings).</summary>
public readonly record struct Coordinates(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371;

    /// <summary>Parses both strings; false when either is not a number in range.</summary>
    public static bool TryParse(string? latitude, string? longitude, out Coordinates coordinates)
    {
        coordinates = default;
        if (!double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            return false;
        }

        coordinates = new Coordinates(lat, lon);
        return true;
    }

    /// <summary>Great-circle distance in kilometres.</summary>
    public double DistanceKm(Coordinates other)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(other.Latitude - Latitude);
        var dLon = Rad(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(Latitude)) * Math.Cos(Rad(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The value as stored (invariant, 4 decimals for filled-in values).</summary>
    public static string Format(double degrees) => degrees.ToString("0.0###", CultureInfo.InvariantCulture);
}
