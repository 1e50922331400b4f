namespace ChatPhone.Core.AudioFiles;

/// <summary>
/// An audio file imported for auto attendants or call queues (<c>Import-CsOnlineAudioFile</c>). ChatPhone keeps the
/// metadata and the SHA-256 fingerprint only, never the sound: every change is audited with its before/after document,
/// so megabytes of audio would be copied into the audit trail; the PowerShell export re-imports from the admin's copy.
/// Stored in <c>audio-files</c> by id.
/// </summary>
/// <param name="Id">A GUID made by the server (what prompts and music on hold refer to).</param>
/// <param name="FileName">The file name as uploaded, at most 255 characters.</param>
/// <param name="Application">Who may play it: attendants, queues or both.</param>
/// <param name="Format">The format found in the bytes (which agrees with the extension).</param>
/// <param name="SizeBytes">The size, at most <see cref="AudioFileRules.MaxSizeBytes"/>.</param>
/// <param name="Duration">The length read from a WAV header; null for MP3 and WMA.</param>
/// <param name="Sha256">The lower-case hex SHA-256 of the content.</param>
/// <param name="UploadedAt">When it was imported.</param>
/// <param name="UploadedBy">The AAD object id of the admin who imported it.</param>
public sealed record AudioFile(
    string Id,
    string FileName,
    AudioFileApplication Application,
    AudioFormat Format,
    long SizeBytes,
    TimeSpan? Duration,
    string Sha256,
    DateTimeOffset UploadedAt,
    string UploadedBy)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>True when an auto attendant may play it.</summary>
    public bool ForAttendants => Application is AudioFileApplication.OrgAutoAttendant or AudioFileApplication.TenantGlobal;

    /// <summary>True when a call queue may play it.</summary>
    public bool ForQueues => Application is AudioFileApplication.HuntGroup or AudioFileApplication.TenantGlobal;
}

/// <summary>The <c>-ApplicationId</c> of <c>Import-CsOnlineAudioFile</c>.</summary>
public enum AudioFileApplication
{
    /// <summary>Auto attendants only.</summary>
    OrgAutoAttendant,

    /// <summary>Call queues only.</summary>
    HuntGroup,

    /// <summary>Both.</summary>
    TenantGlobal,
}

/// <summary>The audio formats Teams accepts.</summary>
public enum AudioFormat
{
    /// <summary>WAV, linear PCM 8, 16 or 32 bits, mono or stereo.</summary>
    Wav,

    /// <summary>MP3.</summary>
    Mp3,

    /// <summary>WMA, mono.</summary>
    Wma,
}
