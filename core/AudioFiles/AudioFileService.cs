using System.Security.Cryptography;
using ChatPhone.Core.Audit;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.AudioFiles;

/// <summary>
/// Audio files for greetings and music on hold: import (checked as Teams checks them), remove (refused while a voice
/// app plays the file), list and find. Admins import and remove; helpdesk and admins read.
/// </summary>
public sealed class AudioFileService(CommandRunner runner)
{
    /// <summary>
    /// Imports a file: a safe name of at most 255 characters, at most 5 MB, an extension that agrees with the bytes.
    /// Importing the same name, content and application again returns the first file (whatever the idempotency key);
    /// the same name with other content or another application is refused, since admins pick files by name.
    /// </summary>
    public Task<Result<AudioFile>> ImportAsync(ImportAudioFile command, CancellationToken cancellationToken = default)
    {
        var name = AudioFileRules.FileName(command.FileName);
        var content = command.Content ?? [];
        var probe = name.IsSuccess ? Check(name.Value, content) : name.Error;
        var key = name.IsSuccess ? AudioFileRules.NameKey(name.Value) : string.Empty;
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var id = Guid.NewGuid().ToString("D");
        return runner.RunAsync(command, AuditActions.AudioFiles.Import, Role.Admin, probe.IsSuccess ? null : probe.Error,
            reads => reads.One(AudioFileCollections.Names, key).All(AudioFileCollections.Files),
            context =>
            {
                if (context.Find(AudioFileCollections.Names, key) is { } claim && context.Find(AudioFileCollections.Files, claim.FileId) is { } existing)
                {
                    return existing.Sha256 == sha && existing.Application == command.Application
                        ? existing
                        : new Error("audio_file.name_taken", existing.FileName);
                }

                var file = new AudioFile(id, name.Value, command.Application, probe.Value.Format, content.Length, probe.Value.Duration,
                    sha, context.Now, command.Actor.UserId);
                context.Put(AudioFileCollections.Names, key, new AudioFileNameClaim(id));
                context.Put(AudioFileCollections.Files, id, file);
                return file;
            },
            AudioFilesJson.Default.AudioFile,
            cancellationToken);
    }

    /// <summary>Removes a file, refused (naming them) while an attendant or a queue plays it.</summary>
    public Task<Result<AudioFileRemoved>> RemoveAsync(RemoveAudioFile command, CancellationToken cancellationToken = default)
    {
        var id = command.FileId.Trim().ToLowerInvariant();
        return runner.RunAsync(command, AuditActions.AudioFiles.Remove, Role.Admin,
            reads => reads.One(AudioFileCollections.Files, id).All(AutoAttendantCollections.Attendants).All(CallQueueCollections.Queues),
            context =>
            {
                if (context.Find(AudioFileCollections.Files, id) is not { } file)
                {
                    return new Error("audio_file.not_found", command.FileId);
                }

                var users = AudioFileReferences.UsersOf(id, context.All(AutoAttendantCollections.Attendants).Values, context.All(CallQueueCollections.Queues).Values);
                if (users.Count > 0)
                {
                    return new Error("audio_file.in_use", file.FileName, string.Join(", ", users.Select(u => u.Name)));
                }

                context.Delete(AudioFileCollections.Files, id);
                context.Delete(AudioFileCollections.Names, AudioFileRules.NameKey(file.FileName));
                return new AudioFileRemoved(file.Id, file.FileName);
            },
            AudioFilesJson.Default.AudioFileRemoved,
            cancellationToken);
    }

    /// <summary>Every imported file with the attendants and queues that play it, by name. Helpdesk and admins.</summary>
    public async Task<Result<IReadOnlyList<AudioFileInUse>>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var read = await runner.ReadAsync(actor, Role.Helpdesk,
            reads => reads.All(AudioFileCollections.Files).All(AutoAttendantCollections.Attendants).All(CallQueueCollections.Queues), cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var snapshot = read.Value;
        var attendants = snapshot.All(AutoAttendantCollections.Attendants).Values.ToArray();
        var queues = snapshot.All(CallQueueCollections.Queues).Values.ToArray();
        return snapshot.All(AudioFileCollections.Files).Values
            .OrderBy(f => f.FileName, StringComparer.OrdinalIgnoreCase)
            .Select(f => new AudioFileInUse(f, AudioFileReferences.UsersOf(f.Id, attendants, queues)))
            .ToArray();
    }

    /// <summary>One file by id or by name (case and accents ignored), with who plays it. Helpdesk and admins.</summary>
    public async Task<Result<AudioFileInUse>> GetAsync(Actor actor, string idOrName, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(actor, cancellationToken);
        if (!all.IsSuccess)
        {
            return all.Error;
        }

        return Find(all.Value.Select(f => f.File), idOrName) is { } file
            ? all.Value.First(f => f.File.Id == file.Id)
            : new Error("audio_file.not_found", idOrName.Trim());
    }

    /// <summary>The file among <paramref name="files"/> whose id or name is <paramref name="idOrName"/>, or null.</summary>
    public static AudioFile? Find(IEnumerable<AudioFile> files, string idOrName)
    {
        var text = idOrName.Trim().Trim('"', '“', '”', '«', '»', '\'', ' ');
        var key = AudioFileRules.NameKey(text);
        return files.FirstOrDefault(f => f.Id.Equals(text, StringComparison.OrdinalIgnoreCase))
            ?? files.FirstOrDefault(f => AudioFileRules.NameKey(f.FileName) == key);
    }

    private static Result<AudioProbe> Check(string fileName, byte[] content)
    {
        if (content.Length == 0)
        {
            return new Error("audio_file.empty", fileName);
        }

        if (content.LongLength > AudioFileRules.MaxSizeBytes)
        {
            return new Error("audio_file.too_large", fileName, content.LongLength, AudioFileRules.MaxSizeBytes);
        }

        return AudioFormatSniffer.Probe(fileName, content);
    }
}

/// <summary>An imported audio file and the voice apps that play it.</summary>
/// <param name="File">The file.</param>
/// <param name="UsedBy">The attendants and queues that play it; empty when none does.</param>
public sealed record AudioFileInUse(AudioFile File, IReadOnlyList<AudioFileUser> UsedBy);
