using System.Globalization;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Classification;
using Xunit.Abstractions;

namespace ChatPhone.UnitTests.Bot.Recognition.Classification;

/// <summary>The model is judged on sentences it never saw: a fifth of the corpus, held back from training.</summary>
public sealed class IntentModelAccuracyTests(CorpusFixture corpus, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void HeldBackFifth_IsRecognisedAtLeast95PercentPerLanguage(string language)
    {
        var held = corpus.HeldBack.Where(u => u.Language == language).ToList();
        var misses = held
            .Select(u => (Utterance: u, Best: corpus.TrainedOnFourFifths.Rank(IntentText.FromRaw(u.Text))[0]))
            .Where(r => r.Best.Kind != r.Utterance.Intent)
            .ToList();
        foreach (var (utterance, best) in misses)
        {
            output.WriteLine($"{utterance.Intent} → {best.Kind} {best.Score:0.00}: {utterance.Text}");
        }

        var accuracy = 1 - ((double)misses.Count / held.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language}: {held.Count - misses.Count}/{held.Count} ({accuracy:P1})"));
        Assert.True(held.Count >= 500, $"only {held.Count} held-back sentences in {language}: the corpus is too small to judge");
        Assert.True(accuracy >= 0.95, string.Create(CultureInfo.InvariantCulture, $"{language}: {accuracy:P1} of the held-back fifth recognised, below 95%"));
    }

    [Fact]
    public void ConfidenceBars_AreCalibratedOnTheHeldBackFifth()
    {
        // Acting on a wrong guess is the harm the bars prevent: above the bar of its intent, a choice must be right
        // (≥ 98.5% for intents that change the tenant or open a ticket, ≥ 97% for questions); below it, the person is
        // asked. The table shows what each bar would cost and buy.
        var ranked = corpus.HeldBack
            .Select(u => (Utterance: u, Best: corpus.TrainedOnFourFifths.Rank(IntentText.FromRaw(u.Text))[0]))
            .ToList();
        var acted = ranked.Where(r => r.Best.Kind != IntentKind.None && r.Best.Score >= IntentConfidence.Required(r.Best.Kind)).ToList();
        var acting = acted.Where(r => IntentConfidence.Acting.Contains(r.Best.Kind)).ToList();
        var answering = acted.Except(acting).ToList();
        foreach (var (utterance, best) in acted.Where(r => r.Best.Kind != r.Utterance.Intent))
        {
            output.WriteLine($"wrong above the bar: {utterance.Intent} → {best.Kind} {best.Score:0.00}: {utterance.Text}");
        }

        foreach (var bar in new[] { 0.5f, 0.55f, 0.6f, 0.65f, 0.7f, 0.75f, 0.8f, 0.85f, 0.9f })
        {
            var a = ranked.Where(r => IntentConfidence.Acting.Contains(r.Best.Kind) && r.Best.Score >= bar).ToList();
            var q = ranked.Where(r => r.Best.Kind != IntentKind.None && !IntentConfidence.Acting.Contains(r.Best.Kind) && r.Best.Score >= bar).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bar {bar:0.00}: acting {a.Count} right {a.Count(r => r.Best.Kind == r.Utterance.Intent) / (double)a.Count:P1}; questions {q.Count} right {q.Count(r => r.Best.Kind == r.Utterance.Intent) / (double)q.Count:P1}"));
        }

        double Right(IReadOnlyCollection<(Utterance Utterance, IntentGuess Best)> rows) =>
            rows.Count == 0 ? 1 : rows.Count(r => r.Best.Kind == r.Utterance.Intent) / (double)rows.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"acted on without asking: {acted.Count}/{ranked.Count} ({acted.Count / (double)ranked.Count:P1}); right: acting {Right(acting):P1} of {acting.Count}, answering {Right(answering):P1} of {answering.Count}"));
        Assert.True(Right(acting) >= 0.985, string.Create(CultureInfo.InvariantCulture, $"acting intents above their bar are right {Right(acting):P1} of the time (< 98.5%)"));
        Assert.True(Right(answering) >= 0.97, string.Create(CultureInfo.InvariantCulture, $"questions above their bar are right {Right(answering):P1} of the time (< 97%)"));
    }
}
