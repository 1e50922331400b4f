using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.Setup;

/// <summary>
/// "What's configured?": what the ten steps created in a tenant, counted, and the problems found in it, each with the
/// names concerned (at most <see cref="TenantSummaryService.MaxNamesPerProblem"/>, the count says the rest).
/// </summary>
public sealed record TenantSummary
{
    /// <summary>People in the directory.</summary>
    public int People { get; init; }

    /// <summary>License units bought, every subscription together.</summary>
    public int LicensesBought { get; init; }

    /// <summary>License units assigned (to people and resource accounts).</summary>
    public int LicensesAssigned { get; init; }

    /// <summary>Numbers of the inventory by assignment status (every status present, zero included).</summary>
    public IReadOnlyDictionary<PstnAssignmentStatus, int> Numbers { get; init; } = new Dictionary<PstnAssignmentStatus, int>();

    /// <summary>Emergency addresses, and how many are validated.</summary>
    public (int Total, int Validated) Addresses { get; init; }

    /// <summary>Call queues.</summary>
    public int CallQueues { get; init; }

    /// <summary>Auto attendants.</summary>
    public int AutoAttendants { get; init; }

    /// <summary>Resource accounts.</summary>
    public int ResourceAccounts { get; init; }

    /// <summary>Dial-in numbers on the conferencing bridge; null when audio conferencing is not set up.</summary>
    public int? BridgeNumbers { get; init; }

    /// <summary>The credits balance; null when there is no credits account.</summary>
    public decimal? CreditsBalance { get; init; }

    /// <summary>True when auto-recharge is on.</summary>
    public bool AutoRecharge { get; init; }

    /// <summary>Helpdesk tickets not resolved.</summary>
    public int OpenTickets { get; init; }

    /// <summary>Port orders still in progress.</summary>
    public int OpenPortOrders { get; init; }

    /// <summary>The problems found, in a stable order; none when all is well.</summary>
    public IReadOnlyList<TenantProblem> Problems { get; init; } = [];
}

/// <summary>One kind of problem and who or what has it.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Count">How many have it.</param>
/// <param name="Names">The first names concerned (people, accounts, queues, addresses), sorted.</param>
public sealed record TenantProblem(TenantProblemKind Kind, int Count, IReadOnlyList<string> Names);

/// <summary>The problems the summary looks for.</summary>
public enum TenantProblemKind
{
    /// <summary>A person has a phone number but no Calling Plan.</summary>
    NumberWithoutCallingPlan,

    /// <summary>A person has a phone number but no Phone System license.</summary>
    NumberWithoutPhoneSystem,

    /// <summary>A resource account has no license, so its queue or attendant cannot take calls.</summary>
    AccountWithoutLicense,

    /// <summary>A call queue has no agents (nobody, no group, no channel).</summary>
    QueueWithoutAgents,

    /// <summary>An emergency address is not validated, so numbers cannot use it.</summary>
    AddressNotValidated,

    /// <summary>Toll-free numbers are on the bridge but the credits balance is empty.</summary>
    TollFreeWithoutCredits,
}
