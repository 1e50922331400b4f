using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Objects.Licenses;

/// <summary>
/// A group of people named by what they share, as admins say it: "everyone in Sales" (department), "all French users",
/// "tous les utilisateurs en France" (usage location), "everyone without a calling plan", "who has Teams Phone?" (licenses).
/// Read from the sentence against the departments that exist; <see cref="Matches"/> says who is in it.
/// </summary>
/// <param name="Department">The department named, as the directory spells it.</param>
/// <param name="Country">The usage location named (ISO 3166-1 alpha-2).</param>
/// <param name="With">Licenses the people hold.</param>
/// <param name="Without">Licenses the people lack.</param>
internal sealed record LicenseAudience(string? Department, string? Country, IReadOnlyList<Sku> With, IReadOnlyList<Sku> Without)
{
    /// <summary>True when <paramref name="person"/> belongs to the group.</summary>
    public bool Matches(LicensedPerson person) =>
        (Department is null || string.Equals(person.Person.Department, Department, StringComparison.OrdinalIgnoreCase))
        && (Country is null || string.Equals(person.Person.UsageLocation, Country, StringComparison.OrdinalIgnoreCase))
        && With.All(person.Holds)
        && !Without.Any(person.Holds);
}
