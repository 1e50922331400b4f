using System.Collections.Concurrent;
using System.Globalization;
using PhoneNumbers;

namespace ChatPhone.Core.Numbers.Carrier;

/// <summary>
/// Produces a place's numbers deterministically: the same place always yields the same sequence.
/// Each range walks its number space in a fixed scrambled order (an affine permutation seeded by the
/// place), and only numbers libphonenumber accepts for the country and kind are kept.
/// </summary>
public static class NumberGenerator
{
    // Odd and not a multiple of 5, so i -> (i * Step + seed) mod 10^k visits every number of the range once.
    private const long Step = 7_654_321;
    private const int MaxTriesPerRange = 100_000;
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly ConcurrentDictionary<(string Place, int Size), IReadOnlyList<string>> Stocks = new();

    /// <summary>The first <paramref name="size"/> numbers of <paramref name="place"/> (E.164); cached.</summary>
    public static IReadOnlyList<string> Stock(CarrierPlace place, int size) =>
        Stocks.GetOrAdd((place.Key, size), _ => Sequence(place).Take(size).ToArray());

    /// <summary>The place's numbers in their fixed order, its ranges interleaved.</summary>
    public static IEnumerable<string> Sequence(CarrierPlace place)
    {
        var ranges = place.Ranges.Select(r => Candidates(place, r).GetEnumerator()).ToList();
        try
        {
            while (ranges.Count > 0)
            {
                foreach (var range in ranges.ToArray())
                {
                    if (range.MoveNext())
                    {
                        yield return range.Current;
                    }
                    else
                    {
                        ranges.Remove(range);
                    }
                }
            }
        }
        finally
        {
            ranges.ForEach(r => r.Dispose());
        }
    }

    /// <summary>
    /// True when <paramref name="e164"/> is a valid number of <paramref name="country"/> of the right kind:
    /// toll-free numbers must be TOLL_FREE; the others fixed-line (geographic).
    /// NANP toll-free numbers are shared by the US and Canada (libphonenumber names them US), so for
    /// toll-free the check is "valid for the country" rather than "the number's region is the country".
    /// </summary>
    public static bool Fits(string e164, string country, bool tollFree)
    {
        try
        {
            var parsed = Util.Parse(e164, null);
            if (!Util.IsValidNumber(parsed))
            {
                return false;
            }

            var type = Util.GetNumberType(parsed);
            return tollFree
                ? type == PhoneNumberType.TOLL_FREE && Util.IsValidNumberForRegion(parsed, country)
                : type is PhoneNumberType.FIXED_LINE or PhoneNumberType.FIXED_LINE_OR_MOBILE
                    && Util.GetRegionCodeForNumber(parsed) == country;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Candidates(CarrierPlace place, CarrierRange range)
    {
        var free = range.Length - range.Prefix.Length;
        var space = (long)Math.Pow(10, free);
        var seed = (long)(Fnv($"{place.Key}#{range.Prefix}") % (ulong)space);
        var tries = Math.Min(space, MaxTriesPerRange);
        for (long i = 0; i < tries; i++)
        {
            var local = ((i * Step) + seed) % space;
            var number = "+" + range.E164Prefix + local.ToString(CultureInfo.InvariantCulture).PadLeft(free, '0');
            if (Fits(number, place.Country, place.IsTollFree))
            {
                yield return number;
            }
        }
    }

    // A stable hash (string.GetHashCode is randomised per process).
    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
