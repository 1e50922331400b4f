using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Deletes an auto attendant; refused while resource accounts are linked to it or another attendant transfers to it.</summary>
public sealed record DeleteAutoAttendant(Actor Actor, IdempotencyKey Key, string Id) : IMutation;
