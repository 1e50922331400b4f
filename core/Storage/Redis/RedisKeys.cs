using System.Security.Cryptography;
using System.Text;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>
/// The one place that builds Redis keys. Every key of a tenant starts with
/// <c>{prefix}:{t:&lt;tenantId&gt;}:</c>; the braces make the tenant a hash tag, so all of a tenant's
/// keys live in one cluster slot and any multi-key transaction over them is legal on Redis Cluster.
/// </summary>
internal sealed class RedisKeys(IOptions<StoreOptions> options)
{
    private const int MaxSegmentLength = 128;
    private readonly string _prefix = options.Value.KeyPrefix;

    /// <summary>The hash-tagged root of every key of <paramref name="tenant"/>.</summary>
    public string TenantRoot(TenantId tenant) => $"{_prefix}:{{t:{tenant.Value}}}";

    /// <summary>Hash: one collection of aggregates (field = id, plus the <c>~v</c> version counter).</summary>
    public RedisKey Collection(TenantId tenant, string name) => $"{TenantRoot(tenant)}:{name}";

    /// <summary>Hash: AAD object id → person document (also readable as the <c>people</c> collection).</summary>
    public RedisKey People(TenantId tenant) => $"{TenantRoot(tenant)}:people";

    /// <summary>Hash: lower-case UPN → AAD object id.</summary>
    public RedisKey Upns(TenantId tenant) => $"{TenantRoot(tenant)}:upns";

    /// <summary>String: a pending or applied directory import.</summary>
    public RedisKey Import(TenantId tenant, string importId) => $"{TenantRoot(tenant)}:import:{Segment(importId)}";

    /// <summary>Hash: AAD object id → the numbers assigned to that person.</summary>
    public RedisKey UserNumbers(TenantId tenant) => $"{TenantRoot(tenant)}:user-numbers";

    /// <summary>
    /// Sorted set of audit entries scored by time (Unix milliseconds), as the trail was kept before its pages: read with
    /// them, never written.
    /// </summary>
    public RedisKey LegacyAudit(TenantId tenant) => $"{TenantRoot(tenant)}:audit";

    /// <summary>Sorted set: the tenant's audit pages (member = page id, score = the time of its entries, Unix milliseconds).</summary>
    public RedisKey AuditIndex(TenantId tenant) => $"{TenantRoot(tenant)}:audit-index";

    /// <summary>String: one page of audit entries (see <see cref="AuditPages"/>).</summary>
    public RedisKey AuditPage(TenantId tenant, string pageId) => $"{TenantRoot(tenant)}:audit-page:{Segment(pageId)}";

    /// <summary>
    /// String: the stored result of an idempotency key for one actor. The actor's id is hashed to a fixed-length hex
    /// segment, so no key one person can choose lands on another person's record.
    /// </summary>
    public RedisKey Idempotency(TenantId tenant, RequestKey key) =>
        $"{TenantRoot(tenant)}:idem:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ActorId)))[..32]}:{Segment(key.Key.Value)}";

    /// <summary>Hash (data, etag): a bot state document.</summary>
    public RedisKey BotState(TenantId tenant, string name) => $"{TenantRoot(tenant)}:bot:{Segment(name)}";

    /// <summary>String: marks an inbound activity as taken.</summary>
    public RedisKey Inbound(TenantId tenant, string conversationId, string activityId) =>
        $"{TenantRoot(tenant)}:inbound:{Segment(conversationId)}:{Segment(activityId)}";

    /// <summary>
    /// SCAN pattern matching collection <paramref name="name"/> of every tenant under this prefix
    /// (<c>{prefix}:{t:*}:name</c>; glob characters in the prefix are escaped).
    /// </summary>
    public string CollectionOfEveryTenant(string name) => $"{EscapeGlob(_prefix)}:{{t:*}}:{EscapeGlob(name)}";

    /// <summary>The tenant of a key of collection <paramref name="name"/>, or null when the key is not one.</summary>
    public TenantId? TenantOfCollection(string key, string name)
    {
        var head = $"{_prefix}:{{t:";
        var tail = $"}}:{name}";
        if (key.Length <= head.Length + tail.Length || !key.StartsWith(head, StringComparison.Ordinal) || !key.EndsWith(tail, StringComparison.Ordinal))
        {
            return null;
        }

        var tenant = TenantId.TryCreate(key[head.Length..^tail.Length]);
        return tenant.IsSuccess ? tenant.Value : null;
    }

    /// <summary>Keeps caller-supplied parts short: long ones are replaced by their SHA-256.</summary>
    private static string Segment(string value) =>
        value.Length <= MaxSegmentLength
            ? value
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string EscapeGlob(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '*' or '?' or '[' or ']' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
