using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Proactive;

/// <summary>The sentences of proactive messages, in English and French.</summary>
public static class ProactiveText
{
    /// <summary>The table (exposed for completeness tests).</summary>
    public static readonly StringTable Table = new("ChatPhone.Bot.Resources.ProactiveStrings", typeof(ProactiveText).Assembly);

    /// <summary>The string <paramref name="name"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public static string Get(Language language, string name, params object[] args) => Table.Get(language, name, args);
}
