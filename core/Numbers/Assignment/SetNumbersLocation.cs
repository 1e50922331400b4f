using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>
/// Moves several numbers (a person's lines, or numbers named by an admin) to one emergency location in one commit:
/// all or none. The location must belong to a validated address in the numbers' own country.
/// </summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="Numbers">The numbers, each with the location the admin saw when planning.</param>
/// <param name="LocationId">The new emergency location.</param>
public sealed record SetNumbersLocation(Actor Actor, IdempotencyKey Key, IReadOnlyList<NumberLocationChange> Numbers, string LocationId) : IMutation;

/// <summary>One number of <see cref="SetNumbersLocation"/>.</summary>
/// <param name="Number">E.164, with or without '+'.</param>
/// <param name="ExpectedLocationId">Its location when the change was planned (null: none); the command is refused when it moved since.</param>
public sealed record NumberLocationChange(string Number, string? ExpectedLocationId);
