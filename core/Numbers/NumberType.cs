namespace ChatPhone.Core.Numbers;

/// <summary>The kinds of number sold per country (reference §0.2, Get-CsOnlineTelephoneNumberType).</summary>
public enum NumberType
{
    /// <summary>A user (subscriber) number.</summary>
    UserSubscriber,

    /// <summary>A toll service number for the audio conferencing bridge.</summary>
    ConferenceToll,

    /// <summary>A toll-free service number for the audio conferencing bridge.</summary>
    ConferenceTollFree,

    /// <summary>A toll service number for a call queue's resource account.</summary>
    CallQueueToll,

    /// <summary>A toll-free service number for a call queue's resource account.</summary>
    CallQueueTollFree,

    /// <summary>A toll service number for an auto attendant's resource account.</summary>
    AutoAttendantToll,

    /// <summary>A toll-free service number for an auto attendant's resource account.</summary>
    AutoAttendantTollFree,
}

/// <summary>What each <see cref="NumberType"/> may be used for.</summary>
public static class NumberTypes
{
    /// <summary>True for service numbers (InventoryType Service): conference, call queue and auto attendant types.</summary>
    public static bool IsService(this NumberType type) => type != NumberType.UserSubscriber;

    /// <summary>True for toll-free service numbers.</summary>
    public static bool IsTollFree(this NumberType type) =>
        type is NumberType.ConferenceTollFree or NumberType.CallQueueTollFree or NumberType.AutoAttendantTollFree;

    /// <summary>True for numbers the conferencing bridge accepts.</summary>
    public static bool IsConference(this NumberType type) =>
        type is NumberType.ConferenceToll or NumberType.ConferenceTollFree;

    /// <summary>True for numbers a call queue's resource account accepts.</summary>
    public static bool IsCallQueue(this NumberType type) =>
        type is NumberType.CallQueueToll or NumberType.CallQueueTollFree;

    /// <summary>True for numbers an auto attendant's resource account accepts.</summary>
    public static bool IsAutoAttendant(this NumberType type) =>
        type is NumberType.AutoAttendantToll or NumberType.AutoAttendantTollFree;
}
