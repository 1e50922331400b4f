using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Tenants;

/// <summary>Records that the first admin chose not to give the profile now, so the setup does not ask again.</summary>
public sealed record SkipProfile(Actor Actor, IdempotencyKey Key) : IMutation;
