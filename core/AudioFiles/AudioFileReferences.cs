using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.AudioFiles;

/// <summary>A place in a voice app's settings that plays an audio file.</summary>
/// <param name="Field">The setting (PowerShell parameter style).</param>
/// <param name="FileId">The audio file id it names.</param>
public sealed record AudioFileReference(string Field, string FileId);

/// <summary>A voice app that plays an audio file.</summary>
/// <param name="Id">The attendant's or queue's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="IsQueue">True for a call queue, false for an auto attendant.</param>
public sealed record AudioFileUser(string Id, string Name, bool IsQueue);

/// <summary>Every audio file an attendant or a queue plays, and who plays a given file.</summary>
public static class AudioFileReferences
{
    /// <summary>The audio files an attendant plays: greetings and menu prompts of each flow, holiday greetings.</summary>
    public static IEnumerable<AudioFileReference> Of(AutoAttendantSettings settings)
    {
        var flows = new[] { ("DefaultCallFlow", settings.DefaultFlow), ("AfterHoursCallFlow", settings.AfterHoursFlow) };
        foreach (var (field, flow) in flows)
        {
            if (flow is null)
            {
                continue;
            }

            foreach (var reference in Prompt(field + ".Greeting", flow.Greeting).Concat(Prompt(field + ".Menu.Prompt", flow.Menu.Prompt)))
            {
                yield return reference;
            }

            foreach (var option in flow.Menu.Options)
            {
                foreach (var reference in Prompt($"{field}.Menu.{option.Dtmf}.Prompt", option.Prompt))
                {
                    yield return reference;
                }
            }
        }

        foreach (var holiday in settings.Holidays)
        {
            foreach (var reference in Prompt($"Holiday({holiday.Name}).Greeting", holiday.Greeting))
            {
                yield return reference;
            }
        }
    }

    /// <summary>The audio files a queue plays: greeting, music on hold, action prompts and the callback offer.</summary>
    public static IEnumerable<AudioFileReference> Of(CallQueueSettings settings)
    {
        var prompts = new[]
        {
            ("Greeting", settings.Greeting),
            ("OverflowActionPrompt", settings.Overflow.Prompt),
            ("TimeoutActionPrompt", settings.Timeout.Prompt),
            ("NoAgentActionPrompt", settings.NoAgent.Prompt),
            ("CallbackOfferPrompt", settings.Callback.OfferPrompt),
        };
        var music = settings.UseDefaultMusicOnHold || string.IsNullOrWhiteSpace(settings.MusicOnHoldAudioFileId)
            ? []
            : new[] { new AudioFileReference("MusicOnHoldAudioFileId", settings.MusicOnHoldAudioFileId.Trim()) };
        return prompts.SelectMany(p => Prompt(p.Item1, p.Item2)).Concat(music);
    }

    /// <summary>The attendants and queues that play <paramref name="fileId"/>, attendants first, by name.</summary>
    public static IReadOnlyList<AudioFileUser> UsersOf(
        string fileId, IEnumerable<AutoAttendant> attendants, IEnumerable<CallQueue> queues)
    {
        bool Plays(IEnumerable<AudioFileReference> references) =>
            references.Any(r => r.FileId.Equals(fileId, StringComparison.OrdinalIgnoreCase));
        return attendants.Where(a => Plays(Of(a.Settings))).Select(a => new AudioFileUser(a.Id, a.Settings.Name, false))
            .OrderBy(u => u.Name, StringComparer.CurrentCultureIgnoreCase)
            .Concat(queues.Where(q => Plays(Of(q.Settings))).Select(q => new AudioFileUser(q.Id, q.Settings.Name, true))
                .OrderBy(u => u.Name, StringComparer.CurrentCultureIgnoreCase))
            .ToArray();
    }

    /// <summary>
    /// Adds a problem for each file a voice app names that is not imported, or not imported for
    /// <paramref name="use"/> (attendants: <c>OrgAutoAttendant</c> or <c>TenantGlobal</c>; queues: <c>HuntGroup</c> or
    /// <c>TenantGlobal</c>). Ids that are not GUIDs are left to the prompt rules, which already refuse them.
    /// </summary>
    public static void Check(IEnumerable<AudioFileReference> references, VoiceAppFacts facts, AudioFileApplication use, List<Common.Error> problems)
    {
        foreach (var reference in references.Where(r => VoiceAppRules.IsGuid(r.FileId)))
        {
            if (facts.FindAudioFile(reference.FileId) is not { } file)
            {
                problems.Add(new Common.Error("voiceapp.audio_file_unknown", reference.Field, reference.FileId));
            }
            else if (!AudioFileRules.Allows(file.Application, use))
            {
                problems.Add(new Common.Error("voiceapp.audio_file_wrong_application", reference.Field, file.FileName, file.Application));
            }
        }
    }

    private static IEnumerable<AudioFileReference> Prompt(string field, Prompt? prompt) =>
        prompt?.AudioFileId is { Length: > 0 } id ? [new AudioFileReference(field, id.Trim())] : [];
}
