using System.Text;

namespace ChatPhone.Bot.Recognition.Classification;

/// <summary>
/// What the model reads of a message, the same at training and at recognition: the folded text (see
/// <see cref="RecognitionInput.Fold"/>) with every run of digits as one 0 and every e-mail address as the same
/// placeholder, so the model learns "a phone number", "a quantity", "a person's address", not which one.
/// </summary>
public static class IntentText
{
    /// <summary>
    /// The version of this reading, part of the corpus fingerprint: changing how text is read makes the committed model
    /// stale just as changing the corpus does, and the same test says to retrain.
    /// </summary>
    public const int Version = 2;

    /// <summary>What every e-mail address reads as.</summary>
    public const string Email = "someone@contoso";

    /// <summary>The model's view of already folded text.</summary>
    public static string FromFolded(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var word in folded.Split(' '))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            if (word.Contains('@', StringComparison.Ordinal))
            {
                builder.Append(Email);
                continue;
            }

            for (var i = 0; i < word.Length; i++)
            {
                if (!char.IsAsciiDigit(word[i]))
                {
                    builder.Append(word[i]);
                }
                else if (i == 0 || !char.IsAsciiDigit(word[i - 1]))
                {
                    builder.Append('0');
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>The model's view of raw text (training reads corpus lines as typed).</summary>
    public static string FromRaw(string text) => FromFolded(RecognitionInput.Fold(text.Replace('’', '\'').Replace('‘', '\'')));
}
