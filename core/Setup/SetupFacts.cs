using ChatPhone.Core.Common;

namespace ChatPhone.Core.Setup;

/// <summary>The counts the checklist is derived from, read from the tenant's state (never stored flags).</summary>
public sealed record SetupFacts
{
    /// <summary>People in the directory.</summary>
    public int People { get; init; }

    /// <summary>Usage locations of people where Phone System cannot be bought (ISO codes).</summary>
    public IReadOnlyList<string> UnsupportedCountries { get; init; } = [];

    /// <summary>Units bought of Phone System (MCOEV + E5).</summary>
    public int PhoneSystemPurchased { get; init; }

    /// <summary>Units bought of Calling Plans (MCOPSTN1 + MCOPSTN2).</summary>
    public int CallingPlansPurchased { get; init; }

    /// <summary>Units bought of Audio Conferencing (MCOMEETADV + E5).</summary>
    public int AudioConferencingPurchased { get; init; }

    /// <summary>People holding Phone System and a Calling Plan.</summary>
    public int PeopleReadyToCall { get; init; }

    /// <summary>User numbers in the inventory (acquired or ported).</summary>
    public int UserNumbers { get; init; }

    /// <summary>User numbers assigned to people.</summary>
    public int UserNumbersAssigned { get; init; }

    /// <summary>Service numbers in the inventory.</summary>
    public int ServiceNumbers { get; init; }

    /// <summary>Service numbers on the bridge or on resource accounts.</summary>
    public int ServiceNumbersAssigned { get; init; }

    /// <summary>Validated emergency addresses.</summary>
    public int ValidatedAddresses { get; init; }

    /// <summary>People enabled as audio conferencing organizers.</summary>
    public int Organizers { get; init; }

    /// <summary>Call queues, and those with an associated resource account of the right kind.</summary>
    public (int Total, int Ready) CallQueues { get; init; }

    /// <summary>Auto attendants, and those with an associated resource account of the right kind.</summary>
    public (int Total, int Ready) AutoAttendants { get; init; }

    /// <summary>
    /// The first dead end the calls to each voice app's numbers meet (see <see cref="CallPaths.CallMapCheck"/>), by the step
    /// of the voice app that has the number: a number of an attendant blocks step 8, of a queue step 7.
    /// </summary>
    public IReadOnlyList<(SetupStepKind Step, Error Problem, SetupFix Fix)> DeadEnds { get; init; } = [];

    /// <summary>True when Communications Credits have a positive balance.</summary>
    public bool CreditsFunded { get; init; }
}
