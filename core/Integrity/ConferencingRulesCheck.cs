using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.Integrity;

/// <summary>Invariants of the conferencing bridge and organizers (reference step 6, §11 rules 3, 7, 9).</summary>
internal static class ConferencingRulesCheck
{
    public static IEnumerable<Violation> Check(TenantState state)
    {
        if (state.Bridge is { } bridge)
        {
            foreach (var entry in bridge.Numbers.Where(n => !n.Shared))
            {
                if (!state.Numbers.TryGetValue(entry.Number, out var number) || number.Assignment?.Target != AssignmentTarget.ConferenceBridge)
                {
                    yield return new Violation("conferencing.bridge_numbers_agree", $"conferencing-bridge:{entry.Number}", "on the bridge but not assigned to it");
                }
            }

            foreach (var number in state.Numbers.Values.Where(n => n.Assignment?.Target == AssignmentTarget.ConferenceBridge && bridge.Find(n.Number) is null))
            {
                yield return new Violation("conferencing.bridge_numbers_agree", $"numbers:{number.Number}", "assigned to the bridge but not on it");
            }

            if (bridge.DefaultNumber is { } @default && bridge.Find(@default) is not { Kind: DialInKind.Toll })
            {
                yield return new Violation("conferencing.default_is_toll_on_bridge", "conferencing-bridge:bridge", $"default {@default} is not a toll number on the bridge");
            }

            foreach (var entry in bridge.Numbers.Where(n => n.Languages is { } l && l.Secondary.Count > 4))
            {
                yield return new Violation("conferencing.at_most_four_secondary_languages", $"conferencing-bridge:{entry.Number}", "more than 4 secondary languages");
            }
        }

        foreach (var organizer in state.Organizers.Values)
        {
            foreach (var number in new[] { organizer.TollNumber, organizer.TollFreeNumber }.OfType<string>())
            {
                if (state.Bridge?.Find(number) is null)
                {
                    yield return new Violation("conferencing.organizer_defaults_on_bridge", $"conferencing-organizers:{organizer.UserId}", $"default {number} is not on the bridge");
                }
            }

            if (!state.Licenses.TryGetValue(organizer.UserId, out var licenses) || !licenses.HasAudioConferencing)
            {
                yield return new Violation("conferencing.organizer_licensed", $"conferencing-organizers:{organizer.UserId}", "no Audio Conferencing license");
            }
        }

        if (state.Settings is { } settings && settings.PinLength is < 4 or > 12)
        {
            yield return new Violation("conferencing.pin_length_range", "conferencing-settings", $"PIN length {settings.PinLength}");
        }
    }
}
