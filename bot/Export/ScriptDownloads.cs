using System.Collections.Concurrent;
using System.Security.Cryptography;
using ChatPhone.Core.Export.PowerShell;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Export;

/// <summary>
/// Exported scripts waiting to be downloaded, each under an unguessable token (256 random bits) for
/// <see cref="Lifetime"/>: the link in the chat is the only way to it, it names one tenant's script, and it stops working
/// soon, so a forwarded message does not leak the configuration later. Kept in memory: a restart (or another instance)
/// forgets the links, and asking again gives a new one.
/// </summary>
public sealed class ScriptDownloads(TimeProvider clock)
{
    /// <summary>How long a link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>The path links point to; the token follows.</summary>
    public const string Path = "/api/exports/powershell";

    private const int MaxWaiting = 200;
    private readonly ConcurrentDictionary<string, Waiting> _waiting = new(StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="script"/> of <paramref name="tenant"/>; the token of its link.</summary>
    public string Add(TenantId tenant, PowerShellScript script)
    {
        var now = clock.GetUtcNow();
        foreach (var old in _waiting.Where(w => w.Value.ExpiresAt <= now || _waiting.Count > MaxWaiting).OrderBy(w => w.Value.ExpiresAt).Select(w => w.Key).ToList())
        {
            _waiting.TryRemove(old, out _);
            if (_waiting.Count <= MaxWaiting && !_waiting.Any(w => w.Value.ExpiresAt <= now))
            {
                break;
            }
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        _waiting[token] = new Waiting(tenant, script, now + Lifetime);
        return token;
    }

    /// <summary>The script behind <paramref name="token"/>, while its link works.</summary>
    public PowerShellScript? Find(string token) =>
        _waiting.TryGetValue(token, out var waiting) && waiting.ExpiresAt > clock.GetUtcNow() ? waiting.Script : null;

    /// <summary>The script behind <paramref name="token"/> when it is <paramref name="tenant"/>'s and its link still works.</summary>
    public PowerShellScript? Find(string token, TenantId tenant) =>
        _waiting.TryGetValue(token, out var waiting) && waiting.ExpiresAt > clock.GetUtcNow() && waiting.Tenant == tenant ? waiting.Script : null;

    /// <summary>Maps <c>GET /api/exports/powershell/{token}</c>: the file, never cached; 404 for an unknown or expired token.</summary>
    public static void Map(WebApplication app) =>
        app.MapGet(Path + "/{token}", (string token, HttpResponse response, ScriptDownloads downloads) =>
        {
            response.Headers.CacheControl = "no-store";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            return downloads.Find(token) is { } script
                ? Results.File(script.ToBytes(), "application/octet-stream", script.FileName)
                : Results.NotFound();
        });

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record Waiting(TenantId Tenant, PowerShellScript Script, DateTimeOffset ExpiresAt);
}
