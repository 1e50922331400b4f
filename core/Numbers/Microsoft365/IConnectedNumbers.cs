using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Numbers.Microsoft365;

/// <summary>
/// The phone numbers of a tenant connected to Microsoft 365: its inventory can be read (and brought into ChatPhone by
/// <see cref="NumberSyncService"/>), and once ChatPhone has committed a number given to or taken from a person, the same
/// change is made there (Graph's <c>assignNumber</c> and <c>unassignNumber</c>). Every other tenant (the demo, trials,
/// tests) has none and keeps its numbers in ChatPhone only.
/// </summary>
public interface IConnectedNumbers
{
    /// <summary>True when <paramref name="tenant"/>'s numbers live in Microsoft 365.</summary>
    bool Serves(TenantId tenant);

    /// <summary>Every number of <paramref name="tenant"/>'s inventory in Microsoft 365, with who holds it.</summary>
    Task<Result<IReadOnlyList<SourceNumber>>> ReadAsync(TenantId tenant, CancellationToken cancellationToken = default);

    /// <summary>Makes <paramref name="edits"/> in Microsoft 365; one outcome per edit, in order: null when it was made, else why not.</summary>
    Task<IReadOnlyList<Error?>> ApplyAsync(TenantId tenant, IReadOnlyList<NumberEdit> edits, CancellationToken cancellationToken = default);
}

/// <summary>What Microsoft 365 may do with a number, as ChatPhone sorts it.</summary>
public enum SourceNumberUse
{
    /// <summary>A number for people (the <c>userAssignment</c> capability).</summary>
    User,

    /// <summary>A service number (conferencing or voice applications): ChatPhone leaves these in Microsoft 365.</summary>
    Service,
}

/// <summary>One number as Microsoft 365 has it.</summary>
/// <param name="Number">E.164, with '+'.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country, upper case.</param>
/// <param name="City">The city Microsoft 365 names, when it names one.</param>
/// <param name="Use">What the number is for.</param>
/// <param name="UserId">The person holding it, lower case; null when free or held by something else.</param>
/// <param name="Category">The person's category of the number (primary, alternate, private).</param>
/// <param name="HeldElsewhere">True when a resource account or the conferencing bridge holds it.</param>
public sealed record SourceNumber(
    string Number,
    string Country,
    string? City,
    SourceNumberUse Use,
    string? UserId = null,
    AssignmentCategory Category = AssignmentCategory.Primary,
    bool HeldElsewhere = false)
{
    /// <summary>True when nobody holds the number in Microsoft 365.</summary>
    public bool IsFree => UserId is null && !HeldElsewhere;
}

/// <summary>A number given to a person (<paramref name="UserId"/> set) or taken back from them (null) in Microsoft 365.</summary>
/// <param name="Number">E.164, with '+'.</param>
/// <param name="UserId">The person's object id when the number is given; null when it is taken back.</param>
/// <param name="Category">The category it is given as.</param>
public sealed record NumberEdit(string Number, string? UserId, AssignmentCategory Category = AssignmentCategory.Primary)
{
    /// <summary>Gives <paramref name="number"/> to <paramref name="userId"/>.</summary>
    public static NumberEdit Assign(string number, string userId, AssignmentCategory category) => new(number, userId, category);

    /// <summary>Takes <paramref name="number"/> back.</summary>
    public static NumberEdit Unassign(string number) => new(number, null);
}

/// <summary>The default: no tenant's numbers live in Microsoft 365.</summary>
public sealed class NoConnectedNumbers : IConnectedNumbers
{
    private static readonly Error NotConnected = new("number.m365_not_connected");

    /// <inheritdoc />
    public bool Serves(TenantId tenant) => false;

    /// <inheritdoc />
    public Task<Result<IReadOnlyList<SourceNumber>>> ReadAsync(TenantId tenant, CancellationToken cancellationToken = default) =>
        Task.FromResult<Result<IReadOnlyList<SourceNumber>>>(NotConnected);

    /// <inheritdoc />
    public Task<IReadOnlyList<Error?>> ApplyAsync(TenantId tenant, IReadOnlyList<NumberEdit> edits, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Error?>>(edits.Select(_ => (Error?)NotConnected).ToArray());
}
