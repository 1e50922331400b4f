using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Cards.ResourceAccounts;

/// <summary>A resource account as its cards show it: the account and the name of the auto attendant or call queue it serves.</summary>
/// <param name="Account">The account as core keeps it.</param>
/// <param name="ServesName">The name of what <see cref="ResourceAccount.AssociatedWith"/> names, when it is linked and that still exists.</param>
public sealed record ResourceAccountView(ResourceAccount Account, string? ServesName);
