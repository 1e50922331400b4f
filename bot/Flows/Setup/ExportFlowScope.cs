using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Export.PowerShell;

namespace ChatPhone.Bot.Flows.Setup;

/// <summary>Which object an Export button names, as the core's <see cref="ExportScope"/>.</summary>
public static class ExportFlowScope
{
    /// <summary>The export kind of a card's object kind; null when that kind has no export of its own.</summary>
    public static ExportedKind? Exported(ObjectKind kind) => kind switch
    {
        ObjectKind.CallQueue => ExportedKind.CallQueue,
        ObjectKind.AutoAttendant => ExportedKind.AutoAttendant,
        ObjectKind.ResourceAccount => ExportedKind.ResourceAccount,
        ObjectKind.EmergencyAddress or ObjectKind.EmergencyLocation => ExportedKind.EmergencyAddress,
        ObjectKind.PhoneNumber => ExportedKind.PhoneNumber,
        _ => null,
    };

    /// <summary>The object an intent from an Export button names; null for the whole configuration.</summary>
    public static ExportScope? Of(Intent intent) =>
        intent.ObjectId() is { Length: > 0 } id
        && Enum.TryParse<ObjectKind>(intent.Slots.GetValueOrDefault(SlotNames.ObjectKind), out var kind)
        && Exported(kind) is { } exported
            ? new ExportScope(exported, id)
            : null;
}
