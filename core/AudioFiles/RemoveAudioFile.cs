using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AudioFiles;

/// <summary>Removes an imported audio file (<c>Remove-CsOnlineAudioFile</c>), refused while a voice app plays it.</summary>
public sealed record RemoveAudioFile(Actor Actor, IdempotencyKey Key, string FileId) : IMutation;

/// <summary>The result of a removal: the file that was removed.</summary>
/// <param name="FileId">Its id.</param>
/// <param name="FileName">Its name.</param>
public sealed record AudioFileRemoved(string FileId, string FileName);
