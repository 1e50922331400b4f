using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Puts a dedicated bridge number back on its country's default languages.</summary>
public sealed record RestoreDefaultLanguages(Actor Actor, IdempotencyKey Key, string Number) : IMutation;
