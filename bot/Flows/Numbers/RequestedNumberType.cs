using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>
/// The number type a search or request names. A purpose said ("for a call queue") gives the exact type;
/// "toll-free" alone can only be a service number (user numbers are never toll-free), so it means the
/// first service type of the forms, conferencing toll-free; anything else means user numbers.
/// </summary>
public static class RequestedNumberType
{
    /// <summary>The type named by the slots.</summary>
    public static NumberType From(IReadOnlyDictionary<string, string> slots) =>
        Enum.TryParse<NumberType>(slots.GetValueOrDefault(SlotNames.NumberType), out var parsed) ? parsed
        : slots.GetValueOrDefault(SlotNames.TollFree) == "true" ? NumberType.ConferenceTollFree
        : NumberType.UserSubscriber;
}
