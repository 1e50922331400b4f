using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Tenants;

/// <summary>
/// Changes the parts of the organisation's profile that are given (null leaves a part as it is): the name,
/// the default country (ISO code, English or French name) and the billing currency (ISO code or its name).
/// </summary>
public sealed record SetProfile(Actor Actor, IdempotencyKey Key, string? DisplayName = null, string? Country = null, string? Currency = null) : IMutation;
