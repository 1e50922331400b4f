using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>Assigns a user number to a person (Set-CsPhoneNumberAssignment, reference 5e).</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="Number">E.164, with or without '+'.</param>
/// <param name="UserId">The person's object id.</param>
/// <param name="Category">Primary (default), Alternate or Private.</param>
/// <param name="LocationId">The emergency location; defaults to the number's own. Required (validated) for US numbers.</param>
public sealed record AssignNumber(
    Actor Actor, IdempotencyKey Key, string Number, UserId UserId, AssignmentCategory Category = AssignmentCategory.Primary, string? LocationId = null) : IMutation;
