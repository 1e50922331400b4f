namespace ChatPhone.Bot.Recognition;

/// <summary>What a message asks for.</summary>
public enum IntentKind
{
    /// <summary>Nothing ChatPhone understands.</summary>
    None,

    /// <summary>"help", "aide".</summary>
    Help,

    /// <summary>"what's my number?", "quel est mon numéro ?".</summary>
    MyNumber,

    /// <summary>"cancel", "annuler": leave any flow.</summary>
    Cancel,
}

/// <summary>A recognised intent, its slots and the language of the message.</summary>
public sealed record Intent(IntentKind Kind, IReadOnlyDictionary<string, string> Slots, string Language)
{
    /// <summary>An intent without slots.</summary>
    public static Intent Of(IntentKind kind, string language) => new(kind, new Dictionary<string, string>(), language);
}
