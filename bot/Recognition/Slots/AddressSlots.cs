using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// An emergency address: the raw text after "address"/"adresse", and its parts where they can be told
/// apart ("1 Main St, Springfield, IL 62701, US"; "10 rue de la Paix, 75002 Paris, France").
/// </summary>
internal static partial class AddressSlots
{
    public static void Fill(SlotContext context)
    {
        if (Marker().Match(context.Folded) is not { Success: true } marker)
        {
            return;
        }

        var raw = context.Text[(marker.Index + marker.Length)..].Trim().TrimEnd('.', '!');
        if (raw.Length == 0)
        {
            return;
        }

        context.Set(SlotNames.Address, raw);
        var parts = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (parts.Count > 1 && PlaceSlots.Country(parts[^1]) is { } country)
        {
            context.Set(SlotNames.Country, country);
            parts.RemoveAt(parts.Count - 1);
        }

        foreach (var part in parts)
        {
            Read(context, part);
        }
    }

    private static void Read(SlotContext context, string part)
    {
        if (!context.Slots.ContainsKey(SlotNames.Street) && Street().Match(part) is { Success: true } street)
        {
            context.Set(SlotNames.HouseNumber, street.Groups["number"].Value);
            context.Set(SlotNames.Street, street.Groups["street"].Value);
        }
        else if (StatePostal().Match(part) is { Success: true } statePostal)
        {
            context.Set(SlotNames.State, statePostal.Groups["state"].Value);
            context.Set(SlotNames.PostalCode, statePostal.Groups["postal"].Value);
        }
        else if (PostalCity().Match(part) is { Success: true } postalCity)
        {
            context.Set(SlotNames.PostalCode, postalCity.Groups["postal"].Value);
            context.Set(SlotNames.City, postalCity.Groups["city"].Value);
        }
        else if (Postal().IsMatch(part))
        {
            context.Set(SlotNames.PostalCode, part);
        }
        else if (!context.Slots.ContainsKey(SlotNames.Street))
        {
            context.Set(SlotNames.Street, part);
        }
        else if (!context.Slots.ContainsKey(SlotNames.City))
        {
            context.Set(SlotNames.City, part);
        }
        else
        {
            context.Set(SlotNames.State, part);
        }
    }

    [GeneratedRegex(@"\b(address|adresse)( d'urgence| of emergency| for emergencies)?\b\s*:?\s*", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?<number>\d+[A-Za-z]?(?:\s(?:bis|ter))?)\s+(?<street>\D.*)$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Street();

    [GeneratedRegex(@"^(?<state>[A-Z]{2,3})\s+(?<postal>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex StatePostal();

    [GeneratedRegex(@"^(?<postal>\d{4,5})\s+(?<city>\D.*)$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex PostalCity();

    [GeneratedRegex(@"^\d{4,5}(?:-\d{4})?$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Postal();
}
