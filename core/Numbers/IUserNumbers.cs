using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Numbers;

/// <summary>Read side of number assignment: which numbers a person holds.</summary>
public interface IUserNumbers
{
    /// <summary>The numbers assigned to <paramref name="userId"/>, primary first; empty when none.</summary>
    Task<IReadOnlyList<AssignedNumber>> ForUserAsync(TenantId tenant, string userId, CancellationToken cancellationToken = default);
}
