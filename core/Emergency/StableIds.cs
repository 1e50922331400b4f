using System.Security.Cryptography;
using System.Text;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Emergency;

/// <summary>
/// Ids derived from the command's idempotency key, so a decision that is retried after a conflict
/// names the same documents, and two keys never collide in practice.
/// </summary>
internal static class StableIds
{
    /// <summary>A GUID (<c>D</c> format) for the <paramref name="purpose"/> of the command keyed <paramref name="key"/>.</summary>
    public static string From(IdempotencyKey key, string purpose)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(purpose + "\n" + key.Value));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
