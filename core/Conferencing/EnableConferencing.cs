using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Turns audio conferencing on: creates the bridge with the shared numbers of <paramref name="Country"/>.</summary>
public sealed record EnableConferencing(Actor Actor, IdempotencyKey Key, string Country) : IMutation;
