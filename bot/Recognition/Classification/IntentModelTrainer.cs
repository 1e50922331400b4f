using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ChatPhone.Bot.Recognition.Classification;

/// <summary>
/// Trains the intent model: TF-IDF weighted word unigrams and bigrams plus character trigrams of
/// <see cref="IntentText"/>, into a maximum-entropy (multinomial logistic regression) classifier trained by L-BFGS on
/// one thread with a fixed seed, so the same corpus gives the same model. Character n-grams carry typos, missing
/// accents and inflections; word n-grams carry phrasing.
/// </summary>
public static class IntentModelTrainer
{
    /// <summary>The seed of every random choice in training and in the held-out split.</summary>
    public const int Seed = 20261206;

    /// <summary>Rebuilds the committed model: <c>dotnet run --project bot -- train-intents</c>.</summary>
    public const string RebuildCommand = "dotnet run --project bot -- train-intents";

    /// <summary>The trained model of <paramref name="utterances"/>.</summary>
    public static IntentModel Train(IReadOnlyCollection<Utterance> utterances)
    {
        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(utterances.Select(u => new IntentModel.Example { Text = IntentText.FromRaw(u.Text), Label = u.Intent.ToString() }));
        var features = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(IntentModel.Example.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", features, nameof(IntentModel.Example.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                L1Regularization = 0,
                L2Regularization = 0.01f,
                OptimizationTolerance = 1e-4f,
                NumberOfThreads = 1,
            }));
        var transformer = pipeline.Fit(data);
        return new IntentModel(ml, transformer, data.Schema, IntentCorpus.Fingerprint(utterances));
    }
}
