using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Core.Integrity;

/// <summary>Invariants of resource-account associations (reference step 9, §11 rule 11's last line).</summary>
internal static class VoiceAppRulesCheck
{
    public static IEnumerable<Violation> Check(TenantState state)
    {
        foreach (var account in state.ResourceAccounts.Values.Where(a => a.AssociatedWith is not null))
        {
            var subject = $"resource-accounts:{account.Id}";
            var target = account.AssociatedWith!;
            var matches = account.Kind == ResourceAccountKind.CallQueue
                ? state.CallQueueIds.Contains(target)
                : state.AutoAttendantIds.Contains(target);
            if (!matches)
            {
                yield return new Violation("voiceapp.association_matches_kind", subject, $"{account.Kind} account associated with {target}, which is no {account.Kind}");
            }

            if (!account.IsLicensed)
            {
                yield return new Violation("voiceapp.association_needs_license", subject, "associated without a license");
            }

            if (account.CallPriority is < 1 or > 5)
            {
                yield return new Violation("voiceapp.call_priority_range", subject, $"priority {account.CallPriority}");
            }
        }
    }
}
