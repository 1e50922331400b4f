using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>
/// Several changes to the bridge at once, applied together or not at all: a new name, a number put on (optionally as
/// the default), another number made the default, a number taken off, and the settings given (the others keep theirs).
/// </summary>
public sealed record EditBridge(
    Actor Actor,
    IdempotencyKey Key,
    string? Name = null,
    string? AddNumber = null,
    string? DefaultNumber = null,
    string? RemoveNumber = null,
    UpdateConferencingSettings? Settings = null) : IMutation;
