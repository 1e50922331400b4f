namespace ChatPhone.Bot.Playground;

/// <summary>
/// Whether the host serves the playground: in Development, or whenever no MicrosoftAppId is set
/// (then the host listens on loopback only and nothing authenticates anyway). Never in Production
/// with a real app id: its connector endpoint accepts calls without a token.
/// </summary>
internal static class PlaygroundGate
{
    public static bool IsEnabled(IHostEnvironment environment, IConfiguration configuration) =>
        environment.IsDevelopment() || string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
}
