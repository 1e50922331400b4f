using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>
/// Several changes to conferencing at once, applied together or not at all: a new name, a number put on (optionally as
/// the default), another number made the default (with <paramref name="MoveOrganizers"/>, the organizers who had the old
/// default get the new one), the toll-free number on every organizer's invites (set, or cleared with
/// <paramref name="ClearTollFreeDefault"/>), the languages of dedicated numbers, a number taken off, the settings given
/// (the others keep theirs), the invite customisation (replaced as a whole) and changes to single organizers.
/// </summary>
public sealed record EditBridge(
    Actor Actor,
    IdempotencyKey Key,
    string? Name = null,
    string? AddNumber = null,
    string? DefaultNumber = null,
    string? RemoveNumber = null,
    UpdateConferencingSettings? Settings = null,
    string? DefaultTollFreeNumber = null,
    bool ClearTollFreeDefault = false,
    bool MoveOrganizers = false,
    IReadOnlyList<NumberLanguagesEdit>? Languages = null,
    InviteCustomization? Invite = null,
    IReadOnlyList<OrganizerEdit>? Organizers = null) : IMutation;
