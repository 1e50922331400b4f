using System.Globalization;
using System.Security.Cryptography;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.Common;
using Attachment = Microsoft.Bot.Schema.Attachment;

namespace ChatPhone.Bot.Flows.AudioFiles;

/// <summary>
/// An audio file sent in chat ("use this as the greeting of Main line", « musique d'attente de la file Ventes », or the
/// file alone): admins only. The file is read (Teams file, public https address or data: URI, at most 5 MB), checked as
/// Teams checks it, and planned: name, format, size, length, who may play it and, when the words say so, the greeting or
/// music on hold it becomes. Confirm imports it, then makes that change (one plan, applied in that order).
/// </summary>
public sealed class AudioUploadFlow(AudioAttachmentReader reader, AudioFileService files, AudioFileUse use) : IPlannedFlow
{
    private const string NameSlot = "audio.name", AppSlot = "audio.app", ShaSlot = "audio.sha", ContentSlot = "audio.content";

    /// <inheritdoc />
    public string Name => "audio.import";

    /// <summary>True when the message carries an audio file.</summary>
    public static bool Carries(Attachment attachment) => AudioAttachmentReader.IsAudio(attachment);

    /// <summary>Reads, checks and plans the import of <paramref name="attachment"/>.</summary>
    public async Task PlanAsync(FlowTurn turn, Attachment attachment, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var upload = await reader.ReadAsync(attachment, cancellationToken);
        var checkedFile = upload.IsSuccess ? Check(upload.Value) : upload.Error!;
        if (!checkedFile.IsSuccess)
        {
            await turn.SendTextAsync(checkedFile.Error!.Describe(language), cancellationToken);
            return;
        }

        var (name, probe) = checkedFile.Value;
        var words = AudioFileSlots.ReadUpload(turn.Context.Activity.Text);
        var planned = await use.PlanAsync(turn.Actor, words, language, cancellationToken);
        if (planned.Refusal is { } refusal)
        {
            await turn.SendTextAsync(refusal, cancellationToken);
            return;
        }

        var content = upload.Value.Content;
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await files.ListAsync(turn.Actor, cancellationToken) is { IsSuccess: true } existing
            && AudioFileService.Find(existing.Value.Select(f => f.File), name) is { } same
            && (same.Sha256 != sha || same.Application != planned.Application))
        {
            await turn.SendTextAsync(new Error("audio_file.name_taken", same.FileName).Describe(language), cancellationToken);
            return;
        }

        var slots = new Dictionary<string, string>(planned.Slots)
        {
            [NameSlot] = name,
            [AppSlot] = planned.Application.ToString(),
            [ShaSlot] = sha,
            [ContentSlot] = Convert.ToBase64String(content),
        };
        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var facts = AudioFileWords.Facts(name, probe.Format, content.Length, probe.Duration, planned.Application, language).ToList();
        if (planned.Change is { } change)
        {
            facts.Add(new Fact(BotText.Get(language, "Audio_ThenFact"), change));
        }

        var plan = new PlanSummary(planId, BotText.Get(language, "Audio_PlanTitle", name), facts)
        {
            Warnings = [BotText.Get(language, "Audio_KeepCopy")],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var content = Convert.FromBase64String(slots[ContentSlot]);
        if (Convert.ToHexStringLower(SHA256.HashData(content)) != slots[ShaSlot])
        {
            return ActionResult.Failure(new Error("audio_file.content_unknown", slots[NameSlot]), language);
        }

        var application = Enum.Parse<AudioFileApplication>(slots[AppSlot]);
        var imported = await files.ImportAsync(new ImportAudioFile(turn.Actor, key.For("import"), slots[NameSlot], application, content), cancellationToken);
        if (!imported.IsSuccess)
        {
            return ActionResult.Failure(imported.Error!, language);
        }

        var file = imported.Value;
        var facts = AudioFileWords.Facts(file.FileName, file.Format, file.SizeBytes, file.Duration, file.Application, language).ToList();
        var used = await use.ApplyAsync(turn.Actor, slots, file, key.For("use"), language, cancellationToken);
        if (used is { Error: { } error })
        {
            var text = BotText.Get(language, "Audio_ImportedNotUsed", file.FileName, error.Describe(language));
            return new ActionResult(text, ResultCard.Build(new ResultSummary(text, facts), language)) { Failed = true };
        }

        var done = used is { Change: { } change }
            ? BotText.Get(language, "Audio_ImportedAndUsed", file.FileName, change)
            : BotText.Get(language, "Audio_Imported", file.FileName);
        return new ActionResult(done, ResultCard.Build(new ResultSummary(done, facts), language));
    }

    private static Result<(string Name, AudioProbe Probe)> Check(AudioUpload upload)
    {
        var name = AudioFileRules.FileName(upload.FileName);
        if (!name.IsSuccess)
        {
            return name.Error!;
        }

        if (upload.Content.LongLength > AudioFileRules.MaxSizeBytes)
        {
            return new Error("audio_file.too_large", name.Value, upload.Content.LongLength.ToString(CultureInfo.InvariantCulture), AudioFileRules.MaxSizeBytes);
        }

        var probe = AudioFormatSniffer.Probe(name.Value, upload.Content);
        return probe.IsSuccess ? (name.Value, probe.Value) : probe.Error!;
    }
}
