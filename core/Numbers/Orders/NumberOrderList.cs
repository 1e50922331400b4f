namespace ChatPhone.Core.Numbers.Orders;

/// <summary>The number orders of a tenant: searches (reserved, completed, cancelled, expired or in error) and manual requests.</summary>
/// <param name="Orders">Search orders, newest first, their status as of the read.</param>
/// <param name="Requests">Manual requests, newest first.</param>
public sealed record NumberOrderList(IReadOnlyList<NumberOrder> Orders, IReadOnlyList<NumberRequest> Requests);
