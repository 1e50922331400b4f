using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Playground;

/// <summary>The playground page's own labels, in English and French (served to the page as JSON).</summary>
public static class PlaygroundText
{
    /// <summary>The table (exposed for completeness tests).</summary>
    public static readonly StringTable Table = new("ChatPhone.Bot.Playground.Resources.PlaygroundStrings", typeof(PlaygroundText).Assembly);
}
