using ChatPhone.Core.Common;

namespace ChatPhone.Bot.TeamsApp;

/// <summary>The Teams app package's strings (names, descriptions, command lists, messages), in English and French.</summary>
public static class TeamsAppText
{
    /// <summary>The table (exposed for completeness tests).</summary>
    public static readonly StringTable Table = new("ChatPhone.Bot.Resources.TeamsAppStrings", typeof(TeamsAppText).Assembly);

    /// <summary>The string <paramref name="name"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public static string Get(Language language, string name, params object[] args) => Table.Get(language, name, args);
}
