using ChatPhone.Core.Common;

namespace ChatPhone.Bot;

/// <summary>The bot's own sentences, in English and French.</summary>
public static class BotText
{
    /// <summary>The table (exposed for completeness tests).</summary>
    public static readonly StringTable Table = new("ChatPhone.Bot.Resources.BotStrings", typeof(BotText).Assembly);

    /// <summary>The string <paramref name="name"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public static string Get(Language language, string name, params object[] args) => Table.Get(language, name, args);
}
