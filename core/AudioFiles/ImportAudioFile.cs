using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AudioFiles;

/// <summary>Imports an audio file (<c>Import-CsOnlineAudioFile -ApplicationId -FileName -Content</c>).</summary>
public sealed record ImportAudioFile(Actor Actor, IdempotencyKey Key, string FileName, AudioFileApplication Application, byte[] Content) : IMutation;
