using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// "Move the organizers from A to B" (<see cref="BridgeEdit.MoveFrom"/>, <see cref="BridgeEdit.MoveTo"/>) spelled out as
/// one change per organizer whose default of A's kind is A: each gets B, the bridge default stays. An organizer the edit
/// already changes keeps that change. A number off the bridge, or nobody on it, is said instead.
/// </summary>
internal static class BridgeOrganizerMove
{
    /// <summary>The edit with its move spelled out, or the reason it cannot be (in <paramref name="language"/>).</summary>
    public static (BridgeEdit Edit, string? Refusal) SpellOut(BridgeEdit edit, ConferenceBridge bridge, IReadOnlyList<OrganizerSettings> organizers, Language language)
    {
        if (edit.MoveFrom is not { } from || edit.MoveTo is not { } to)
        {
            return (edit, null);
        }

        if (bridge.Find(from) is not { } entry)
        {
            return (edit, BotText.Get(language, "Conf2_MoveNotOnBridge", from, bridge.Name));
        }

        var moved = organizers
            .Where(o => o.DefaultOf(entry.Kind) == from && edit.Organizers.All(e => e.UserId.Value != o.UserId))
            .Select(o => entry.Kind == DialInKind.TollFree ? new OrganizerEdit(UserId.Parse(o.UserId), TollFreeNumber: to) : new OrganizerEdit(UserId.Parse(o.UserId), TollNumber: to))
            .ToArray();
        return moved.Length == 0
            ? (edit, BotText.Get(language, "Conf2_MoveNobody", from))
            : (edit with { MoveFrom = null, MoveTo = null, Organizers = [.. edit.Organizers, .. moved] }, null);
    }
}
