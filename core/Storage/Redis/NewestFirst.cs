using System.Runtime.CompilerServices;
using ChatPhone.Core.Audit;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>Merges audit entries read newest first from two places into one newest-first sequence.</summary>
internal static class NewestFirst
{
    /// <summary>
    /// The entries of <paramref name="first"/> and <paramref name="second"/>, each already newest first, newest first;
    /// at the same instant <paramref name="first"/>'s come first. Each source is read only as far as the caller goes.
    /// </summary>
    public static async IAsyncEnumerable<AuditEntry> Merge(
        IAsyncEnumerable<AuditEntry> first, IAsyncEnumerable<AuditEntry> second, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var a = first.GetAsyncEnumerator(cancellationToken);
        await using var b = second.GetAsyncEnumerator(cancellationToken);
        var hasA = await a.MoveNextAsync();
        var hasB = await b.MoveNextAsync();
        while (hasA || hasB)
        {
            if (hasA && (!hasB || a.Current.At >= b.Current.At))
            {
                yield return a.Current;
                hasA = await a.MoveNextAsync();
            }
            else
            {
                yield return b.Current;
                hasB = await b.MoveNextAsync();
            }
        }
    }
}
