using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Sets the languages callers hear on a dedicated bridge number: a primary one and up to four more, in order.</summary>
public sealed record SetConferencingLanguages(Actor Actor, IdempotencyKey Key, string Number, string Primary, IReadOnlyList<string> Secondary) : IMutation;
