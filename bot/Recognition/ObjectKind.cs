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

    /// <summary>A phone number of the tenant (user or service).</summary>
    PhoneNumber,

    /// <summary>A number order or a request for new numbers from the carrier.</summary>
    NumberOrder,

    /// <summary>A port order (numbers moving from another carrier).</summary>
    PortOrder,

    /// <summary>A license subscription (a SKU bought) and who it is assigned to.</summary>
    Subscription,

    /// <summary>The audio conferencing bridge and its dial-in numbers.</summary>
    ConferenceBridge,

    /// <summary>The communications credits account and its auto-recharge.</summary>
    Credits,

    /// <summary>A helpdesk ticket.</summary>
    Ticket,

    /// <summary>The channel where the helpdesk receives tickets.</summary>
    HelpdeskChannel,

    /// <summary>A person of the directory (list and show; they change through the directory import or sync).</summary>
    Person,
}
