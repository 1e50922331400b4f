using System.Collections.Concurrent;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ChatPhone.Bot.State;

/// <summary>
/// Bot Builder <see cref="IStorage"/> over the core versioned store, with real ETag checks: a missing
/// key is written; a null, empty or "*" ETag overwrites; any other ETag must match or the write
/// throws <see cref="EtagConflictException"/>. Keys must start with a tenant id and '/', so every
/// document lands under its tenant's hash tag. An <see cref="IExpiringItem"/> sets its document's expiry on each
/// write; any other item never expires.
/// </summary>
public sealed class RedisBotStorage(IVersionedStore store) : IStorage
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Objects,
        SerializationBinder = new ChatPhoneTypesOnlyBinder(),
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 32,
    };

    /// <summary>The storage key of <paramref name="name"/> in <paramref name="tenant"/>.</summary>
    public static string Key(TenantId tenant, string name) => $"{tenant}/{name}";

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var items = new Dictionary<string, object>();
        foreach (var group in keys.Select(Split).GroupBy(k => k.Tenant))
        {
            var documents = await store.ReadAsync(group.Key, group.Select(k => k.Name).ToArray(), cancellationToken);
            foreach (var (tenant, name) in group)
            {
                if (documents.TryGetValue(name, out var document)
                    && JsonConvert.DeserializeObject(document.Json, Settings) is { } item)
                {
                    if (item is IStoreItem storeItem)
                    {
                        storeItem.ETag = document.ETag;
                    }

                    items[Key(tenant, name)] = item;
                }
            }
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            var (tenant, name) = Split(key);
            var storeItem = value as IStoreItem;
            var written = await store.WriteAsync(
                tenant, name, JsonConvert.SerializeObject(value, Settings), storeItem?.ETag, (value as IExpiringItem)?.TimeToLive, cancellationToken);
            if (!written.IsSuccess)
            {
                throw new EtagConflictException(key);
            }

            storeItem?.ETag = written.Value;
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var group in keys.Select(Split).GroupBy(k => k.Tenant))
        {
            await store.DeleteAsync(group.Key, group.Select(k => k.Name).ToArray(), cancellationToken);
        }
    }

    private static (TenantId Tenant, string Name) Split(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var tenant = slash > 0 ? TenantId.TryCreate(key[..slash]) : default;
        if (slash <= 0 || !tenant.IsSuccess || slash == key.Length - 1)
        {
            throw new ArgumentException($"Bot state keys must look like '<tenantId>/<name>'; got '{key}'.", nameof(key));
        }

        return (tenant.Value, key[(slash + 1)..]);
    }

    /// <summary>Only ChatPhone's own types, and generic collections of strings and primitives, may be named in stored state.</summary>
    private sealed class ChatPhoneTypesOnlyBinder : DefaultSerializationBinder
    {
        public override Type BindToType(string? assemblyName, string typeName)
        {
            var type = base.BindToType(assemblyName, typeName);
            return IsAllowed(type) ? type : throw new JsonSerializationException($"Type '{typeName}' may not be stored in bot state.");
        }

        // Decided once per type: the assembly's name is read through reflection, on every state read otherwise.
        private static readonly ConcurrentDictionary<Type, bool> Decided = new();

        private static bool IsAllowed(Type type) => Decided.GetOrAdd(type, Decide);

        private static bool Decide(Type type) =>
            type.Assembly.GetName().Name?.StartsWith("ChatPhone.", StringComparison.Ordinal) == true
            || type.IsPrimitive || type == typeof(string)
            || (type.IsGenericType && type.Namespace == "System.Collections.Generic" && type.GetGenericArguments().All(IsAllowed));
    }
}
