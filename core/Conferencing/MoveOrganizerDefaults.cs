using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Gives every organizer whose <paramref name="Kind"/> default is <paramref name="From"/> the bridge number <paramref name="To"/> instead.</summary>
public sealed record MoveOrganizerDefaults(Actor Actor, IdempotencyKey Key, string From, string To, DialInKind Kind) : IMutation;
