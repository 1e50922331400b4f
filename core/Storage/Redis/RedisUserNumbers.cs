using ChatPhone.Core.Numbers;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>The per-person list of assigned numbers, one hash field per person.</summary>
internal sealed class RedisUserNumbers(RedisConnection connection, RedisKeys keys) : IUserNumbers
{
    public async Task<IReadOnlyList<AssignedNumber>> ForUserAsync(TenantId tenant, string userId, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var value = await db.HashGetAsync(keys.UserNumbers(tenant), userId.ToLowerInvariant());
        if (value.IsNull)
        {
            return [];
        }

        return CoreJson.Read<List<StoredNumber>>(value!)
            .Select(n => (Parsed: E164Number.TryParse(n.Number), n.Category))
            .Where(n => n.Parsed.IsSuccess)
            .Select(n => new AssignedNumber(n.Parsed.Value, n.Category))
            .OrderBy(n => n.Category)
            .ToArray();
    }
}
