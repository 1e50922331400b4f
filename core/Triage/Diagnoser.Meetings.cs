using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Numbers;
using static ChatPhone.Core.Triage.TriageCodes;

namespace ChatPhone.Core.Triage;

public static partial class Diagnoser
{
    // Meeting dial-in: the organizer's Audio Conferencing license, a bridge with a number, the organizer enabled
    // with a number on their invites, and credits behind a toll-free number.
    private static void Meetings(TriageFacts facts, DateTimeOffset now, Licensing licensing, Findings found)
    {
        if (facts.Licenses is not { HasAudioConferencing: true })
        {
            LicenseCause(facts, found, AudioConferencingSkus, AudioConferencingMissing, AudioConferencingMissingBuy, licensing.CanLicense);
        }

        var bridge = facts.Bridge;
        if (bridge is null)
        {
            found.Add(ConferencingNotEnabled, FixOwner.Admin, null);
        }
        else if (bridge.Numbers.Count == 0)
        {
            if (FreeConferenceNumber(facts, bridge, now) is { } free)
            {
                var makeDefault = !free.Type.IsTollFree() && bridge.DefaultNumber is null;
                found.Add(BridgeNumberMissing, FixOwner.Admin,
                    MakeFix(FixKind.AssignBridgeNumber, ("number", free.Number), ("makeDefault", makeDefault ? "true" : "false")), free.Number);
            }
            else
            {
                found.Add(BridgeNumberMissingNoneFree, FixOwner.Admin, null);
            }
        }

        if (facts.Organizer is not { } organizer)
        {
            var fix = bridge is not null && licensing.AudioConferencing ? MakeFix(FixKind.EnableOrganizer, ("userId", facts.UserId)) : null;
            found.Add(OrganizerNotEnabled, FixOwner.Admin, fix);
            return;
        }

        if (organizer.TollNumber is null && organizer.TollFreeNumber is null && bridge is { Numbers.Count: > 0 })
        {
            found.Add(OrganizerNumberMissing, FixOwner.Admin, null);
        }

        if (organizer.TollFreeNumber is { } tollFree && facts.Balance(now) <= 0)
        {
            found.Add(TollFreeNoCredits, FixOwner.Admin, null, tollFree);
        }
    }

    // A conference number the bridge would take: unassigned, not blocked; toll first (toll-free needs credits), the bridge's country first.
    private static PhoneNumber? FreeConferenceNumber(TriageFacts facts, ConferenceBridge bridge, DateTimeOffset now) =>
        facts.Numbers.Values
            .Where(n => n.Type.IsConference() && n.Assignment is null && !n.IsBlocked(now) && (!n.Type.IsTollFree() || facts.Balance(now) > 0))
            .OrderBy(n => n.Type.IsTollFree())
            .ThenBy(n => !n.Country.Equals(bridge.Country, StringComparison.OrdinalIgnoreCase))
            .ThenBy(n => n.Number, StringComparer.Ordinal)
            .FirstOrDefault();
}
