using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Classification;

namespace ChatPhone.UnitTests.Bot.Recognition.Classification;

/// <summary>The corpus covers every intent in both languages, and the committed model was trained on it as it is.</summary>
public sealed class IntentCorpusTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    public const int Minimum = 60;

    public static TheoryData<IntentKind, string> IntentsAndLanguages()
    {
        var data = new TheoryData<IntentKind, string>();
        foreach (var intent in IntentCorpus.Intents)
        {
            foreach (var language in IntentCorpus.Languages)
            {
                data.Add(intent, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IntentsAndLanguages))]
    public void EveryIntent_HasAtLeast60DistinctSentencesPerLanguage(IntentKind intent, string language)
    {
        var sentences = corpus.Utterances.Where(u => u.Intent == intent && u.Language == language).Select(u => u.Text).ToList();

        Assert.True(
            sentences.Distinct(StringComparer.OrdinalIgnoreCase).Count() >= Minimum,
            $"{language}/{intent}.txt has {sentences.Count} sentences; write at least {Minimum} in bot/Recognition/Corpus/{language}/{intent}.txt");
    }

    [Fact]
    public void NoSentence_IsGivenToTwoIntents()
    {
        var clashes = corpus.Utterances
            .GroupBy(u => (u.Language, Text: IntentText.FromRaw(u.Text)))
            .Where(g => g.Select(u => u.Intent).Distinct().Count() > 1)
            .Select(g => $"{g.Key.Language}: \"{g.Key.Text}\" in {string.Join(", ", g.Select(u => u.Intent).Distinct())}")
            .ToList();

        Assert.True(clashes.Count == 0, string.Join(Environment.NewLine, clashes));
    }

    [Fact]
    public void CommittedModel_WasTrainedOnTheCorpusAsItIs()
    {
        var model = IntentModel.LoadEmbedded();

        Assert.True(
            model.CorpusFingerprint == IntentCorpus.Fingerprint(corpus.Utterances),
            $"the corpus changed since the model was trained: run `{IntentModelTrainer.RebuildCommand}` from the repository root and commit bot/Recognition/IntentModel.zip");
    }

    [Fact]
    public void CommittedModel_KnowsEveryIntentOfTheCorpus() =>
        Assert.Equal(
            IntentCorpus.Intents.Order().Select(i => i.ToString()),
            IntentModel.LoadEmbedded().Intents.Order().Select(i => i.ToString()));
}
