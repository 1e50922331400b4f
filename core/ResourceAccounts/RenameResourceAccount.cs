using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.ResourceAccounts;

/// <summary>
/// Changes the display name agents see on call toasts (<c>Set-CsOnlineApplicationInstance -DisplayName</c>). The UPN
/// never changes. <paramref name="ExpectedDisplayName"/>, when given, is the name the admin saw: a different current name
/// means someone changed the account meanwhile, and the rename is refused.
/// </summary>
public sealed record RenameResourceAccount(Actor Actor, IdempotencyKey Key, string AccountId, string DisplayName, string? ExpectedDisplayName = null) : IMutation;
