namespace ChatPhone.Graph;

/// <summary>
/// The app registration that connects one tenant to Microsoft 365 (configuration section <c>Graph</c>).
/// Either <see cref="ClientSecret"/> or <see cref="CertificatePath"/> is set, never both. The secret is never
/// logged nor put in an exception message: <see cref="ToString"/> names which credential is used, not its value.
/// </summary>
public sealed class GraphOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Graph";

    /// <summary>The Microsoft Entra tenant (GUID or verified domain).</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>The app registration's application (client) id, a GUID.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The client secret, when the app authenticates with one.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PFX or PEM file holding the certificate and its private key, when the app authenticates with a certificate.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The Graph root, without the version (national clouds differ).</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Attempts per request (the first one included) when Graph throttles (429) or is unavailable (503, 504).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first wait of the exponential backoff, used when Graph sends no Retry-After.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts, whatever Retry-After asks.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The wait between two polls of a long-running operation that sends no Retry-After.</summary>
    public TimeSpan OperationPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Polls of one long-running operation before it is reported as timed out.</summary>
    public int OperationMaxPolls { get; set; } = 60;

    /// <summary>Numbers read per page of <c>numberAssignments</c> (Graph allows at most 1,000).</summary>
    public int NumberPageSize { get; set; } = 500;

    /// <summary>Which credential is configured, never its value.</summary>
    public override string ToString() =>
        $"Graph app {ClientId} in tenant {TenantId}, {(string.IsNullOrEmpty(CertificatePath) ? "client secret" : "certificate")}";
}
