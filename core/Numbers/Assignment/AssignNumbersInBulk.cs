using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>
/// Assigns many user numbers, one per person, in one atomic unit; each row succeeds or fails on its own
/// (the guide's CSV loop over Set-CsPhoneNumberAssignment with SilentlyContinue). Each number becomes the
/// person's primary number at the number's own emergency location.
/// </summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="Rows">1 to <see cref="MaxRows"/> (number, person) pairs.</param>
public sealed record AssignNumbersInBulk(Actor Actor, IdempotencyKey Key, IReadOnlyList<NumberForPerson> Rows) : IMutation
{
    /// <summary>
    /// The most rows one bulk command takes (the rest goes in another command): one unit holds the server for its
    /// whole commit, so its size is bounded like a bulk license assignment's.
    /// </summary>
    public const int MaxRows = 5000;
}

/// <summary>One row of a bulk assignment.</summary>
/// <param name="Number">E.164, with or without '+'.</param>
/// <param name="UserId">The person's object id.</param>
/// <param name="LocationId">The emergency location to give the number, or null to keep its own.</param>
public sealed record NumberForPerson(string Number, UserId UserId, string? LocationId = null);

/// <summary>The per-row outcome of a bulk number assignment, in the order the rows were given.</summary>
public sealed record BulkNumberOutcome(IReadOnlyList<BulkNumberRow> Rows)
{
    /// <summary>How many rows were assigned.</summary>
    public int Succeeded => Rows.Count(r => r.Error is null);

    /// <summary>How many rows were refused.</summary>
    public int Failed => Rows.Count(r => r.Error is not null);
}

/// <summary>One row's outcome: the number as assigned, or why not.</summary>
public sealed record BulkNumberRow(string Number, string UserId, PhoneNumber? Assigned, Error? Error);
