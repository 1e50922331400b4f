using System.Security.Cryptography;
using System.Text;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>Ids derived from the idempotency key, so a retried decision and a replay name the same order.</summary>
internal static class OrderIds
{
    public static string From(string kind, IdempotencyKey key) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(kind + ":" + key.Value)).AsSpan(0, 16)).ToString("D");
}
