using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ChatPhone.Core.Storage;

/// <summary>Checks the <c>Redis</c> settings at start-up; each message names the setting to fix.</summary>
public sealed partial class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!KeyPrefixShape().IsMatch(options.KeyPrefix))
        {
            failures.Add("Redis:KeyPrefix must be 1 to 64 letters, digits, '-', '_', '.' or ':'.");
        }

        if (options.OperationTimeoutMs is < 50 or > 60_000)
        {
            failures.Add("Redis:OperationTimeoutMs must be between 50 and 60000.");
        }

        if (options.Embedded.Port is < 0 or > 65_535)
        {
            failures.Add("Redis:Embedded:Port must be between 0 and 65535 (0 picks a free port).");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.Embedded.DataDirectory))
        {
            failures.Add("Redis:Embedded:DataDirectory must be set when Redis:ConnectionString is empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}$")]
    private static partial Regex KeyPrefixShape();
}
