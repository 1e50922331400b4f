namespace ChatPhone.Bot.Recognition;

/// <summary>The kinds of object the generic list/show/change/remove intents act on (slot <see cref="SlotNames.ObjectKind"/>).</summary>
public enum ObjectKind
{
    /// <summary>A call queue.</summary>
    CallQueue,

    /// <summary>An auto attendant.</summary>
    AutoAttendant,

    /// <summary>An emergency (civic) address.</summary>
    EmergencyAddress,

    /// <summary>A place (floor, building) under an emergency address.</summary>
    EmergencyLocation,

    /// <summary>A resource account.</summary>
    ResourceAccount,

    /// <summary>A holiday of the auto attendants.</summary>
    Holiday,
}
