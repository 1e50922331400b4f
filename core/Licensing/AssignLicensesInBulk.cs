using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Licensing;

/// <summary>Assigns the same licenses to many people; each person succeeds or fails on their own.</summary>
public sealed record AssignLicensesInBulk(Actor Actor, IdempotencyKey Key, IReadOnlyList<string> UserIds, IReadOnlyList<Sku> Skus) : IMutation
{
    /// <summary>The most people one bulk command takes (the rest goes in another command).</summary>
    public const int MaxUsers = 5000;
}
