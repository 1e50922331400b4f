using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.AudioFiles;

/// <summary>
/// "list the audio files", "show welcome.wav", « supprime le fichier audio attente.mp3 »: the imported files with who
/// plays each (helpdesk and admins), and their removal (admins, planned, refused while an attendant or a queue plays the
/// file). "Upload an audio file" without a file says how to send one.
/// </summary>
public sealed class AudioFilesFlow(AudioFileService files) : IIntentFlow, IPlannedFlow
{
    private const string IdSlot = "audio.remove.id", NameSlot = "audio.remove.name";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.AudioFiles];

    /// <inheritdoc />
    public string Name => "audio.remove";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var action = intent.Slots.GetValueOrDefault(AudioFileSlots.Action) ?? "list";
        var name = intent.Slots.GetValueOrDefault(AudioFileSlots.Name);
        if (action == "upload")
        {
            await turn.SendTextAsync(BotText.Get(language, turn.Actor.IsAdmin ? "Audio_AttachIt" : "Audio_AdminsUpload"), cancellationToken);
            return;
        }

        var all = await files.ListAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error!.Describe(language), cancellationToken);
            return;
        }

        if (action == "list" || name is null)
        {
            await (action == "remove"
                ? turn.SendTextAsync(BotText.Get(language, "Audio_WhichFile"), cancellationToken)
                : SendListAsync(turn, all.Value, cancellationToken));
            return;
        }

        if (AudioFileService.Find(all.Value.Select(f => f.File), name) is not { } file)
        {
            var names = all.Value.Select(f => f.File.FileName).ToArray();
            await turn.SendTextAsync(names.Length == 0
                ? BotText.Get(language, "Audio_UnknownNone", name)
                : BotText.Get(language, "Audio_Unknown", name, string.Join(", ", names)), cancellationToken);
            return;
        }

        var entry = all.Value.First(f => f.File.Id == file.Id);
        await (action == "remove" ? PlanRemovalAsync(turn, entry, cancellationToken) : SendDetailAsync(turn, entry, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var removed = await files.RemoveAsync(new RemoveAudioFile(turn.Actor, key, slots[IdSlot]), cancellationToken);
        if (!removed.IsSuccess)
        {
            return ActionResult.Failure(removed.Error!, turn.Language);
        }

        var text = BotText.Get(turn.Language, "Audio_Removed", removed.Value.FileName);
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, [new Fact(BotText.Get(turn.Language, "Audio_FileFact"), removed.Value.FileName)]), turn.Language));
    }

    private async Task PlanRemovalAsync(FlowTurn turn, AudioFileInUse entry, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        if (entry.UsedBy.Count > 0)
        {
            await turn.SendTextAsync(new Error("audio_file.in_use", entry.File.FileName, AudioFileWords.UsedBy(entry.UsedBy, language)).Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string> { [IdSlot] = entry.File.Id, [NameSlot] = entry.File.FileName });
        var plan = new PlanSummary(planId, BotText.Get(language, "Audio_RemoveTitle", entry.File.FileName), Facts(entry, language));
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    private static Task SendDetailAsync(FlowTurn turn, AudioFileInUse entry, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var facts = Facts(entry, language).Concat(
        [
            new Fact(BotText.Get(language, "Audio_UploadedFact"), BotText.Get(language, "Audio_UploadedValue", AudioFileWords.Date(entry.File.UploadedAt, language), entry.File.UploadedBy)),
            new Fact(BotText.Get(language, "Audio_FingerprintFact"), entry.File.Sha256),
            new Fact(BotText.Get(language, "Audio_IdFact"), entry.File.Id),
        ]).ToArray();
        var detail = new DetailSummary(BotText.Get(language, "Audio_ShowTitle", entry.File.FileName), facts, [])
        {
            Notes = [BotText.Get(language, "Audio_KeepCopy")],
        };
        return turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    private static Task SendListAsync(FlowTurn turn, IReadOnlyList<AudioFileInUse> all, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (all.Count == 0)
        {
            return turn.SendTextAsync(BotText.Get(language, "Audio_ListNone"), cancellationToken);
        }

        var facts = all.Select(f => new Fact(f.File.FileName, BotText.Get(language, "Audio_Line",
            f.File.Format.ToString().ToUpperInvariant(), AudioFileWords.Size(f.File.SizeBytes, language), AudioFileWords.Duration(f.File.Duration, language),
            f.File.Application.Display(language), AudioFileWords.UsedBy(f.UsedBy, language)))).ToArray();
        var title = all.Count == 1 ? BotText.Get(language, "Audio_ListTitle_One") : BotText.Get(language, "Audio_ListTitle", all.Count);
        return turn.SendCardAsync(DetailCard.Build(new DetailSummary(title, facts, []), language), cancellationToken);
    }

    private static IReadOnlyList<Fact> Facts(AudioFileInUse entry, Language language) =>
        AudioFileWords.Facts(entry.File.FileName, entry.File.Format, entry.File.SizeBytes, entry.File.Duration, entry.File.Application, language)
            .Append(new Fact(BotText.Get(language, "Audio_UsedByFact"), AudioFileWords.UsedBy(entry.UsedBy, language)))
            .ToArray();
}
