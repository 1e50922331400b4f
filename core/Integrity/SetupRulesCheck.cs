using ChatPhone.Core.Setup;

namespace ChatPhone.Core.Integrity;

/// <summary>The setup tallies agree with the documents they count.</summary>
internal static class SetupRulesCheck
{
    /// <summary>
    /// Each tally of the one <c>setup-tallies</c> document equals what the people, licenses, numbers and organizers say.
    /// A tenant without it has not built it yet (the next command that changes what it counts does), which is no violation.
    /// </summary>
    public static IEnumerable<Violation> Check(TenantState state)
    {
        if (state.Tallies is not { } stored)
        {
            yield break;
        }

        var counted = SetupTalliesIndex.Count(state.People.Values, state.Licenses.Values, state.Numbers.Values, state.Organizers.Count);
        var subject = $"{SetupCollections.Tallies.Name}:{SetupTalliesIndex.Id}";
        foreach (var (name, kept, actual) in new (string, int, int)[]
        {
            ("readyToCall", stored.ReadyToCall, counted.ReadyToCall),
            ("userNumbers", stored.UserNumbers, counted.UserNumbers),
            ("userNumbersAssigned", stored.UserNumbersAssigned, counted.UserNumbersAssigned),
            ("serviceNumbers", stored.ServiceNumbers, counted.ServiceNumbers),
            ("serviceNumbersAssigned", stored.ServiceNumbersAssigned, counted.ServiceNumbersAssigned),
            ("organizers", stored.Organizers, counted.Organizers),
        }.Where(t => t.Item2 != t.Item3))
        {
            yield return new Violation("setup.tallies_match_documents", subject, $"{name} counts {kept}, the documents hold {actual}");
        }

        foreach (var location in stored.PeopleByLocation.Keys.Union(counted.PeopleByLocation.Keys).Order(StringComparer.Ordinal))
        {
            var kept = stored.PeopleByLocation.GetValueOrDefault(location);
            var actual = counted.PeopleByLocation.GetValueOrDefault(location);
            if (kept != actual)
            {
                yield return new Violation("setup.tallies_match_documents", subject, $"people in {location} counts {kept}, the directory holds {actual}");
            }
        }
    }
}
