using System.Globalization;
using ChatPhone.Core.Common;
using Microsoft.Extensions.FileProviders;

namespace ChatPhone.Bot.Playground;

/// <summary>
/// The browser playground: a chat page at <c>/</c>, its files under <c>/playground/</c> (the official
/// Adaptive Cards renderer at <c>/playground/lib/adaptivecards.min.js</c>, installed by the build), the
/// local connector the bot replies to, the event stream that carries those replies to the page, and
/// the directory for the identity picker. Served only where <see cref="PlaygroundGate"/> allows.
/// </summary>
public static class PlaygroundExtensions
{
    private const string FilesPath = "/playground";

    /// <summary>Adds the in-memory log of what the bot sent to the playground.</summary>
    public static IServiceCollection AddChatPhonePlayground(this IServiceCollection services) =>
        services.AddSingleton<ConversationLog>();

    /// <summary>Maps the playground's page, files and endpoints when the playground is enabled.</summary>
    public static WebApplication MapChatPhonePlayground(this WebApplication app)
    {
        if (!PlaygroundGate.IsEnabled(app.Configuration))
        {
            return app;
        }

        // The build copies the page and the renderer next to the binaries, so any working directory serves them.
        var root = Path.Combine(AppContext.BaseDirectory, "Playground", "wwwroot");
        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = FilesPath });
        app.MapGet("/", () => Results.File(Path.Combine(root, "index.html"), "text/html; charset=utf-8"));
        app.MapGet(FilesPath + "/strings", (string? lang) => Results.Ok(Strings(LanguageExtensions.FromLocale(lang))));
        app.MapPlaygroundPeople();
        app.MapPlaygroundEvents();
        app.MapPlaygroundConnector();
        return app;
    }

    private static Dictionary<string, string> Strings(Language language) =>
        PlaygroundText.Table.Names(CultureInfo.InvariantCulture)
            .Order(StringComparer.Ordinal)
            .ToDictionary(name => name, name => PlaygroundText.Table.Get(language, name), StringComparer.Ordinal);
}
