using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace ChatPhone.Graph.Http;

/// <summary>
/// Builds the SDK client for one tenant: the SDK's default middleware with its retry handler swapped for
/// <see cref="GraphRetryHandler"/>, and the app registration's credential (client secret or certificate).
/// </summary>
public static class GraphServiceClientFactory
{
    /// <summary>The app-only scope: whatever application permissions the app registration was granted.</summary>
    public static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    /// <summary>
    /// The credential of the app registration in <paramref name="options"/>; <paramref name="credentialOptions"/>
    /// changes how it reaches Microsoft Entra (tests give it a transport of their own).
    /// </summary>
    public static TokenCredential Credential(GraphOptions options, TokenCredentialOptions? credentialOptions = null) =>
        string.IsNullOrEmpty(options.CertificatePath)
            ? new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret, credentialOptions)
            : new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath, credentialOptions);

    /// <summary>
    /// A client that authenticates with <paramref name="credential"/> and sends through <paramref name="transport"/>
    /// (the network by default; tests pass a handler that serves documented responses).
    /// </summary>
    public static GraphServiceClient Create(
        GraphOptions options, TokenCredential credential, GraphRetryHandler retry, HttpMessageHandler? transport = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        foreach (var sdkRetry in handlers.OfType<RetryHandler>().ToList())
        {
            handlers.Remove(sdkRetry);
        }

        handlers.Insert(0, retry);
        var http = GraphClientFactory.Create(handlers, finalHandler: transport);
        return new GraphServiceClient(http, credential, Scopes, options.BaseUrl);
    }
}
