using Microsoft.Extensions.Options;

namespace ChatPhone.Graph;

/// <summary>
/// Checks the app registration at start. Messages name the setting at fault and never repeat a value, so a
/// secret pasted into the wrong setting never reaches a log.
/// </summary>
public sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var failures = new List<string>();
        if (!IsTenant(options.TenantId))
        {
            failures.Add("Graph:TenantId must be the tenant's GUID or one of its domains.");
        }

        if (!Guid.TryParse(options.ClientId, out _))
        {
            failures.Add("Graph:ClientId must be the app registration's application (client) id, a GUID.");
        }

        var hasSecret = !string.IsNullOrEmpty(options.ClientSecret);
        var hasCertificate = !string.IsNullOrEmpty(options.CertificatePath);
        if (hasSecret == hasCertificate)
        {
            failures.Add("Set exactly one of Graph:ClientSecret and Graph:CertificatePath.");
        }
        else if (hasCertificate && !File.Exists(options.CertificatePath))
        {
            failures.Add("Graph:CertificatePath names no readable file.");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Graph:BaseUrl must be an https URL.");
        }

        if (options.MaxAttempts is < 1 or > 10)
        {
            failures.Add("Graph:MaxAttempts must be between 1 and 10.");
        }

        if (options.NumberPageSize is < 1 or > 1000)
        {
            failures.Add("Graph:NumberPageSize must be between 1 and 1000.");
        }

        if (options.FirstRetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.FirstRetryDelay)
        {
            failures.Add("Graph:FirstRetryDelay must be positive and Graph:MaxRetryDelay at least as long.");
        }

        if (options.OperationPollInterval <= TimeSpan.Zero)
        {
            failures.Add("Graph:OperationPollInterval must be positive.");
        }

        if (options.OperationMaxPolls < 1)
        {
            failures.Add("Graph:OperationMaxPolls must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsTenant(string value) =>
        Guid.TryParse(value, out _)
        || (value.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(value) == UriHostNameType.Dns);
}
