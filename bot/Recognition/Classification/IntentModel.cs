using System.IO.Compression;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ChatPhone.Bot.Recognition.Classification;

/// <summary>One intent and how likely the model thinks it is (0 to 1; the scores of a message add up to 1).</summary>
public readonly record struct IntentGuess(IntentKind Kind, float Score);

/// <summary>
/// The trained intent classifier: it reads <see cref="IntentText"/> and ranks every intent. Loaded once from the
/// model file committed beside the corpus (rebuilt by <see cref="IntentModelTrainer.RebuildCommand"/>); prediction
/// engines are pooled, since one engine serves one thread at a time.
/// </summary>
public sealed class IntentModel
{
    private const string ModelEntry = "model.zip";
    private const string FingerprintEntry = "corpus.sha256";
    private const string ResourceName = "ChatPhone.Bot.Recognition.IntentModel.zip";

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly IntentKind[] _labels;
    private readonly ObjectPool<PredictionEngine<Example, Prediction>> _engines;

    internal IntentModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, string fingerprint)
    {
        _ml = ml;
        _transformer = transformer;
        _inputSchema = inputSchema;
        CorpusFingerprint = fingerprint;
        _labels = Labels(transformer, inputSchema);
        _engines = new DefaultObjectPool<PredictionEngine<Example, Prediction>>(new EnginePolicy(this), Environment.ProcessorCount * 2);
    }

    /// <summary>The fingerprint (<see cref="IntentCorpus.Fingerprint"/>) of the corpus this model was trained on.</summary>
    public string CorpusFingerprint { get; }

    /// <summary>The intents this model knows, in score order of its output.</summary>
    public IReadOnlyList<IntentKind> Intents => _labels;

    /// <summary>The model committed with the bot, embedded in its assembly.</summary>
    public static IntentModel LoadEmbedded()
    {
        using var stream = typeof(IntentModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The intent model is missing from the assembly; rebuild it with `{IntentModelTrainer.RebuildCommand}`.");
        return Load(stream);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static IntentModel Load(Stream stream)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        var ml = new MLContext(IntentModelTrainer.Seed);
        using var model = new MemoryStream();
        using (var entry = archive.GetEntry(ModelEntry)!.Open())
        {
            entry.CopyTo(model);
        }

        model.Position = 0;
        var transformer = ml.Model.Load(model, out var schema);
        using var reader = new StreamReader(archive.GetEntry(FingerprintEntry)!.Open());
        return new IntentModel(ml, transformer, schema, reader.ReadToEnd().Trim());
    }

    /// <summary>Writes the model and its corpus fingerprint as one file.</summary>
    public void Save(Stream stream)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var entry = archive.CreateEntry(ModelEntry, CompressionLevel.Optimal).Open())
        {
            _ml.Model.Save(_transformer, _inputSchema, entry);
        }

        using var writer = new StreamWriter(archive.CreateEntry(FingerprintEntry).Open());
        writer.Write(CorpusFingerprint);
    }

    /// <summary>Every intent ranked for <paramref name="modelText"/> (see <see cref="IntentText"/>), likeliest first.</summary>
    public IntentGuess[] Rank(string modelText)
    {
        var engine = _engines.Get();
        try
        {
            var scores = engine.Predict(new Example { Text = modelText }).Score;
            var guesses = new IntentGuess[_labels.Length];
            for (var i = 0; i < guesses.Length; i++)
            {
                guesses[i] = new IntentGuess(_labels[i], scores[i]);
            }

            Array.Sort(guesses, static (a, b) => b.Score.CompareTo(a.Score));
            return guesses;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    // The order of the Score vector is the order of the label key's values.
    private static IntentKind[] Labels(ITransformer transformer, DataViewSchema inputSchema)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        transformer.GetOutputSchema(inputSchema)["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(n => Enum.Parse<IntentKind>(n.ToString())).ToArray();
    }

    /// <summary>A sentence as the model reads it, with its label when training.</summary>
    public sealed class Example
    {
        /// <summary>The sentence (see <see cref="IntentText"/>).</summary>
        public string Text { get; set; } = string.Empty;

        /// <summary>The intent's name.</summary>
        public string Label { get; set; } = string.Empty;
    }

    /// <summary>The model's scores, one per intent.</summary>
    public sealed class Prediction
    {
        /// <summary>The probability of each intent, in <see cref="Intents"/> order.</summary>
        public float[] Score { get; set; } = [];
    }

    private sealed class EnginePolicy(IntentModel model) : PooledObjectPolicy<PredictionEngine<Example, Prediction>>
    {
        public override PredictionEngine<Example, Prediction> Create() =>
            model._ml.Model.CreatePredictionEngine<Example, Prediction>(model._transformer, inputSchema: model._inputSchema);

        public override bool Return(PredictionEngine<Example, Prediction> obj) => true;
    }
}
