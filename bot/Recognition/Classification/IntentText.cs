using System.Text;

namespace ChatPhone.Bot.Recognition.Classification;

/// <summary>
/// What the model reads of a message, the same at training and at recognition: the folded text (see
/// <see cref="RecognitionInput.Fold"/>) with every digit as 0, so the model learns "a phone number", "a quantity",
/// not which one, and with the typographic apostrophes already made plain.
/// </summary>
public static class IntentText
{
    /// <summary>The model's view of already folded text.</summary>
    public static string FromFolded(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsAsciiDigit(c) ? '0' : c);
        }

        return builder.ToString();
    }

    /// <summary>The model's view of raw text (training reads corpus lines as typed).</summary>
    public static string FromRaw(string text) => FromFolded(RecognitionInput.Fold(text.Replace('’', '\'').Replace('‘', '\'')));
}
