namespace ChatPhone.Bot.Playground;

/// <summary>
/// Whether the host serves the playground: only when no MicrosoftAppId is set, whatever the environment. Then the host
/// listens on loopback only and nothing authenticates anyway; with an app id its page, directory, event stream and
/// connector (which accepts calls without a token) would be open to anyone who can reach the host.
/// </summary>
internal static class PlaygroundGate
{
    public static bool IsEnabled(IConfiguration configuration) => string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
}
