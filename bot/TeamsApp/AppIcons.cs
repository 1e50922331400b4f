namespace ChatPhone.Bot.TeamsApp;

/// <summary>
/// The two icons Teams asks for, a chat bubble holding a phone handset, kept as files in <c>TeamsApp/Icons</c> and
/// embedded in the assembly: <c>color.png</c> is 192 × 192, full colour and opaque (white bubble, accent handset on the
/// accent background); <c>outline.png</c> is 32 × 32, white on transparent.
/// </summary>
public static class AppIcons
{
    /// <summary>The accent colour: the colour icon's background and the manifest's <c>accentColor</c>.</summary>
    public const string AccentColor = "#1E5AA8";

    /// <summary>Side of the colour icon, in pixels.</summary>
    public const int ColorSize = 192;

    /// <summary>Side of the outline icon, in pixels.</summary>
    public const int OutlineSize = 32;

    /// <summary>The 192 × 192 colour icon's PNG bytes.</summary>
    public static byte[] Color() => Read("color.png");

    /// <summary>The 32 × 32 outline icon's PNG bytes.</summary>
    public static byte[] Outline() => Read("outline.png");

    private static byte[] Read(string file)
    {
        using var stream = typeof(AppIcons).Assembly.GetManifestResourceStream($"ChatPhone.Bot.TeamsApp.Icons.{file}")
            ?? throw new InvalidOperationException($"The icon {file} is not embedded in the bot's assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
