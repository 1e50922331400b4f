using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Makes a toll number already on the bridge its default; organizers keep their own defaults.</summary>
public sealed record SetBridgeDefault(Actor Actor, IdempotencyKey Key, string Number) : IMutation;
