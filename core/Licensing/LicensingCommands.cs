using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Licensing;

/// <summary>Buys <paramref name="Quantity"/> more units of <paramref name="Sku"/> (a Calling Plan only after Phone System).</summary>
public sealed record PurchaseLicenses(Actor Actor, IdempotencyKey Key, Sku Sku, int Quantity) : IMutation;

/// <summary>Gives back <paramref name="Quantity"/> unassigned units of <paramref name="Sku"/>.</summary>
public sealed record ReduceLicenses(Actor Actor, IdempotencyKey Key, Sku Sku, int Quantity) : IMutation;

/// <summary>Assigns licenses to one person (their usage location must be set).</summary>
public sealed record AssignLicenses(Actor Actor, IdempotencyKey Key, string UserId, IReadOnlyList<Sku> Skus) : IMutation;

/// <summary>Removes licenses from one person.</summary>
public sealed record RemoveLicenses(Actor Actor, IdempotencyKey Key, string UserId, IReadOnlyList<Sku> Skus) : IMutation;

/// <summary>Assigns the same licenses to many people; each person succeeds or fails on their own.</summary>
public sealed record AssignLicensesInBulk(Actor Actor, IdempotencyKey Key, IReadOnlyList<string> UserIds, IReadOnlyList<Sku> Skus) : IMutation
{
    /// <summary>The most people one bulk command takes (the rest goes in another command).</summary>
    public const int MaxUsers = 5000;
}
