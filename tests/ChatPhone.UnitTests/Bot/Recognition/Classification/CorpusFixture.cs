using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Classification;

namespace ChatPhone.UnitTests.Bot.Recognition.Classification;

/// <summary>
/// The corpus (copied beside the test binaries from bot/Recognition/Corpus) and a model trained on four fifths of it,
/// the fifth held back chosen per intent and language with a fixed seed, so every run judges the same sentences.
/// </summary>
public sealed class CorpusFixture
{
    private readonly Lazy<(IntentModel Model, IReadOnlyList<Utterance> HeldBack)> _split;

    public CorpusFixture()
    {
        Utterances = IntentCorpus.Load(Directory);
        _split = new(Split);
    }

    /// <summary>The corpus folder beside the test binaries.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>Every sentence of the corpus.</summary>
    public IReadOnlyList<Utterance> Utterances { get; }

    /// <summary>A model that never saw <see cref="HeldBack"/>.</summary>
    public IntentModel TrainedOnFourFifths => _split.Value.Model;

    /// <summary>One sentence in five of each intent and language, never trained on.</summary>
    public IReadOnlyList<Utterance> HeldBack => _split.Value.HeldBack;

    private (IntentModel, IReadOnlyList<Utterance>) Split()
    {
        var random = new Random(IntentModelTrainer.Seed);
        var heldBack = new List<Utterance>();
        var training = new List<Utterance>();
        foreach (var group in Utterances.GroupBy(u => (u.Language, u.Intent)))
        {
            var shuffled = group.OrderBy(_ => random.Next()).ToList();
            var held = shuffled.Count / 5;
            heldBack.AddRange(shuffled.Take(held));
            training.AddRange(shuffled.Skip(held));
        }

        return (IntentModelTrainer.Train(training), heldBack);
    }
}
