using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>Takes a number back from its person (Remove-CsPhoneNumberAssignment); it stays in the inventory, optionally blocked.</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="Number">E.164, with or without '+'.</param>
/// <param name="BlockDays">Block new assignments for 1 to 365 days; not with <paramref name="BlockForever"/>.</param>
/// <param name="BlockForever">Block new assignments until the block is removed.</param>
public sealed record UnassignNumber(Actor Actor, IdempotencyKey Key, string Number, int? BlockDays = null, bool BlockForever = false) : IMutation
{
    /// <summary>The longest block in days.</summary>
    public const int MaxBlockDays = 365;
}
