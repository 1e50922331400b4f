using ChatPhone.Core.Common;

namespace ChatPhone.Cards;

/// <summary>Card strings, in English and French.</summary>
public static class CardText
{
    /// <summary>The table (exposed for completeness tests).</summary>
    public static readonly StringTable Table = new("ChatPhone.Cards.Resources.CardStrings", typeof(CardText).Assembly);

    /// <summary>The string <paramref name="name"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public static string Get(Language language, string name, params object[] args) => Table.Get(language, name, args);
}
