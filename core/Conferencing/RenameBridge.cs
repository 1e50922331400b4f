using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Renames the conferencing bridge.</summary>
public sealed record RenameBridge(Actor Actor, IdempotencyKey Key, string Name) : IMutation;
