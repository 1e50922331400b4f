using Azure.Core;

namespace ChatPhone.Graph.Tests.Infrastructure;

/// <summary>A credential that hands out one fixed token, so requests carry a bearer without a sign-in.</summary>
internal sealed class StaticTokenCredential : TokenCredential
{
    /// <summary>The token every request carries.</summary>
    public const string Token = "documented-examples-token";

    /// <inheritdoc />
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(Token, DateTimeOffset.UtcNow.AddHours(1));

    /// <inheritdoc />
    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
