namespace ChatPhone.Core.Directory.Import;

/// <summary>
/// A parsed directory file waiting for an admin's confirmation. Kept in the store so the plan
/// card's button carries only its id, and so a second click can say who applied it and when.
/// </summary>
public sealed record PendingImport(
    string Id,
    string CreatedById,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ImportRow> Rows,
    IReadOnlyList<RowProblem> Problems,
    ImportApplied? Applied)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>How long an unconfirmed import is kept.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
}

/// <summary>Who applied an import, when, and what it did.</summary>
public sealed record ImportApplied(string ById, string ByName, DateTimeOffset At, ImportOutcome Outcome);

/// <summary>What an applied import changed.</summary>
public sealed record ImportOutcome(int Created, int Updated, int Unchanged);

/// <summary>What an import would change, shown on the plan card before anything is applied.</summary>
public sealed record ImportPlan(string ImportId, int New, int Updated, int Unchanged, IReadOnlyList<RowProblem> Problems)
{
    /// <summary>True when confirming would change at least one person.</summary>
    public bool HasChanges => New + Updated > 0;
}
