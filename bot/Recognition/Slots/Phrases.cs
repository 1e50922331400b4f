namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>A phrase found in folded text: where, how long, and the value it stands for.</summary>
internal readonly record struct PhraseHit<T>(int Start, int Length, T Value)
{
    public int End => Start + Length;
}

/// <summary>Finds whole-word phrases (folded, EN and FR) in folded text; longer phrases win over the shorter ones they contain.</summary>
internal sealed class Phrases<T>
{
    private readonly (string Phrase, T Value)[] _byLength;

    public Phrases(IEnumerable<(string Phrase, T Value)> phrases) =>
        _byLength = phrases.OrderByDescending(p => p.Phrase.Length).ToArray();

    /// <summary>Every non-overlapping hit, in text order.</summary>
    public IReadOnlyList<PhraseHit<T>> FindAll(string folded)
    {
        var hits = new List<PhraseHit<T>>();
        foreach (var (phrase, value) in _byLength)
        {
            for (var at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var end = at + phrase.Length;
                if (IsBoundary(folded, at - 1) && IsBoundary(folded, end) && !hits.Any(h => at < h.End && end > h.Start))
                {
                    hits.Add(new PhraseHit<T>(at, phrase.Length, value));
                }
            }
        }

        return hits.OrderBy(h => h.Start).ToArray();
    }

    /// <summary>The first hit in text order, if any.</summary>
    public PhraseHit<T>? First(string folded) => FindAll(folded) is [var first, ..] ? first : null;

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
