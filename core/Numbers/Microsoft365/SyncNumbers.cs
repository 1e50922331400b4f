using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Microsoft365;

/// <summary>Brings the numbers of a tenant connected to Microsoft 365 into ChatPhone's inventory (admins).</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key; each batch of numbers commits under a key derived from it.</param>
public sealed record SyncNumbers(Actor Actor, IdempotencyKey Key) : IMutation;

/// <summary>What a sync did, counted over every batch.</summary>
/// <param name="Added">Numbers ChatPhone did not have, now in its inventory.</param>
/// <param name="Assigned">Of the numbers brought in or already there, those now given to the person who holds them in Microsoft 365.</param>
/// <param name="Unchanged">Numbers both already agreed on.</param>
/// <param name="OnlyInChatPhone">Numbers ChatPhone has and Microsoft 365 does not (left as they are).</param>
/// <param name="Services">Service numbers (conferencing, voice applications), left in Microsoft 365.</param>
/// <param name="Problems">Numbers left out or left as they are, each with why.</param>
public sealed record NumberSyncOutcome(int Added, int Assigned, int Unchanged, int OnlyInChatPhone, int Services, IReadOnlyList<NumberSyncProblem> Problems)
{
    /// <summary>No change and nothing found.</summary>
    public static NumberSyncOutcome Empty { get; } = new(0, 0, 0, 0, 0, []);

    /// <summary>The two outcomes added up.</summary>
    public NumberSyncOutcome Plus(NumberSyncOutcome other) => new(
        Added + other.Added,
        Assigned + other.Assigned,
        Unchanged + other.Unchanged,
        OnlyInChatPhone + other.OnlyInChatPhone,
        Services + other.Services,
        [.. Problems, .. other.Problems]);
}

/// <summary>A number the sync left out or left as it was, and why.</summary>
/// <param name="Number">E.164.</param>
/// <param name="Reason">Why, in the person's language when described.</param>
public sealed record NumberSyncProblem(string Number, Error Reason);
