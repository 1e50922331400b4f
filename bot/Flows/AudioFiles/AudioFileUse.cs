using System.Globalization;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.AudioFiles;

/// <summary>What an upload will do besides importing: who may play the file, the change it makes, or why it cannot be planned.</summary>
/// <param name="Application">Who may play the file.</param>
/// <param name="Slots">The change, for the plan's slots (empty when there is none).</param>
/// <param name="Change">The change in words, when there is one.</param>
/// <param name="Refusal">Why nothing can be planned, in the person's language.</param>
public sealed record AudioUsePlan(AudioFileApplication Application, IReadOnlyDictionary<string, string> Slots, string? Change, string? Refusal = null);

/// <summary>The change made after the import: its words, or the error that stopped it.</summary>
/// <param name="Change">The change in words.</param>
/// <param name="Error">Why it was not made.</param>
public sealed record AudioUseResult(string? Change, Error? Error);

/// <summary>
/// The use an upload sentence gives its file: the greeting of an attendant's business hours or of a queue, or a queue's
/// music on hold, the voice app found by name. Planned with the time the app was read, applied after the import only if
/// nobody changed the app since (the same check the attendant and queue editors make).
/// </summary>
public sealed class AudioFileUse(VoiceAppQueries queries, AutoAttendantService attendants, CallQueueService queues)
{
    private const string UseSlot = "audio.use", KindSlot = "audio.kind", IdSlot = "audio.target", SeenSlot = "audio.seen";

    /// <summary>Plans the use <paramref name="words"/> ask for.</summary>
    internal async Task<AudioUsePlan> PlanAsync(Actor actor, AudioUploadWords words, Language language, CancellationToken cancellationToken)
    {
        var application = words.ForBoth ? AudioFileApplication.TenantGlobal
            : words.Purpose == AudioPurpose.MusicOnHold || words.Kind == AudioTargetKind.Queue ? AudioFileApplication.HuntGroup
            : words.Kind == AudioTargetKind.Attendant ? AudioFileApplication.OrgAutoAttendant
            : AudioFileApplication.TenantGlobal;
        if (words.Purpose == AudioPurpose.None)
        {
            return new AudioUsePlan(application, new Dictionary<string, string>(), null);
        }

        var attendantList = await queries.ListAutoAttendantsAsync(actor, cancellationToken);
        var queueList = await queries.ListCallQueuesAsync(actor, cancellationToken);
        IReadOnlyList<AutoAttendant> allAttendants = attendantList.IsSuccess ? attendantList.Value : [];
        IReadOnlyList<CallQueue> allQueues = queueList.IsSuccess ? queueList.Value : [];
        var music = words.Purpose == AudioPurpose.MusicOnHold;
        AutoAttendant? attendant = null;
        CallQueue? queue = null;
        if (words.Target is { } name)
        {
            attendant = music || words.Kind == AudioTargetKind.Queue ? null : allAttendants.FirstOrDefault(a => Same(a.Name, name));
            queue = attendant is not null || words.Kind == AudioTargetKind.Attendant ? null : allQueues.FirstOrDefault(q => Same(q.Name, name));
            if (attendant is null && queue is null)
            {
                return new AudioUsePlan(application, new Dictionary<string, string>(), null, BotText.Get(language, music ? "Audio_QueueUnknown" : "Audio_TargetUnknown", name));
            }
        }
        else if (!music && words.Kind == AudioTargetKind.Attendant && allAttendants.Count == 1)
        {
            attendant = allAttendants[0];
        }
        else if (words.Kind == AudioTargetKind.Queue && allQueues.Count == 1)
        {
            queue = allQueues[0];
        }

        if (attendant is null && queue is null)
        {
            return new AudioUsePlan(application, new Dictionary<string, string>(), null);
        }

        if (!words.ForBoth)
        {
            application = attendant is null ? AudioFileApplication.HuntGroup : AudioFileApplication.OrgAutoAttendant;
        }

        var slots = new Dictionary<string, string>
        {
            [UseSlot] = music ? "music" : "greeting",
            [KindSlot] = attendant is null ? "queue" : "attendant",
            [IdSlot] = attendant?.Id ?? queue!.Id,
            [SeenSlot] = (attendant?.UpdatedAt ?? queue!.UpdatedAt).ToString("O", CultureInfo.InvariantCulture),
        };
        return new AudioUsePlan(application, slots, Describe(slots, attendant?.Name ?? queue!.Name, language));
    }

    /// <summary>Makes the planned change with <paramref name="file"/>; null when the plan had none.</summary>
    public async Task<AudioUseResult?> ApplyAsync(
        Actor actor, IReadOnlyDictionary<string, string> slots, AudioFile file, IdempotencyKey key, Language language, CancellationToken cancellationToken)
    {
        if (!slots.TryGetValue(IdSlot, out var id))
        {
            return null;
        }

        var seen = DateTimeOffset.Parse(slots[SeenSlot], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        var prompt = Prompt.Audio(file.Id);
        if (slots[KindSlot] == "attendant")
        {
            var attendant = await queries.GetAutoAttendantAsync(actor, id, cancellationToken);
            if (!attendant.IsSuccess)
            {
                return new AudioUseResult(null, attendant.Error);
            }

            var settings = attendant.Value.Settings with { DefaultFlow = attendant.Value.Settings.DefaultFlow with { Greeting = prompt } };
            var saved = await attendants.UpdateAsync(new UpdateAutoAttendant(actor, key, id, settings, seen), cancellationToken);
            return new AudioUseResult(Describe(slots, attendant.Value.Name, language), saved.IsSuccess ? null : saved.Error);
        }

        var queue = await queries.GetCallQueueAsync(actor, id, cancellationToken);
        if (!queue.IsSuccess)
        {
            return new AudioUseResult(null, queue.Error);
        }

        var current = queue.Value.Settings;
        var changed = slots[UseSlot] == "music"
            ? current with { UseDefaultMusicOnHold = false, MusicOnHoldAudioFileId = file.Id }
            : current with { Greeting = prompt };
        var updated = await queues.UpdateAsync(new UpdateCallQueue(actor, key, id, changed, seen), cancellationToken);
        return new AudioUseResult(Describe(slots, queue.Value.Name, language), updated.IsSuccess ? null : updated.Error);
    }

    private static string Describe(IReadOnlyDictionary<string, string> slots, string appName, Language language) =>
        BotText.Get(language, slots[KindSlot] == "attendant" ? "Audio_UseAttendantGreeting"
            : slots[UseSlot] == "music" ? "Audio_UseQueueMusic" : "Audio_UseQueueGreeting", appName);

    private static bool Same(string a, string b) => TextFolding.Fold(a) == TextFolding.Fold(b);
}
