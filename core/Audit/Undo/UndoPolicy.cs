namespace ChatPhone.Core.Audit.Undo;

/// <summary>
/// Which changes an undo may take back by writing documents back. Configuration (queues, attendants, addresses,
/// assignments, licenses, settings) can; what reached the outside world cannot be called back by rewriting our own
/// state — money paid, numbers the carrier gave or took back, a port under way, a ticket someone is working on — and
/// the refusal says what to do instead.
/// </summary>
public static class UndoPolicy
{
    /// <summary>The audit target prefix of the entry an undo records for the change it took back (<c>change:&lt;entry id&gt;</c>).</summary>
    public const string UndoneTargetPrefix = "change:";

    private static readonly (string Prefix, string Reason)[] Refusals =
    [
        (AuditActions.Credits.AddFunds, "undo.money"),
        ("credits.usage.", "undo.money"),
        ("license.minutes.", "undo.money"),
        (AuditActions.Numbers.Acquire, "undo.acquired"),
        (AuditActions.Numbers.Release, "undo.carrier"),
        (AuditActions.Numbers.CancelOrder, "undo.carrier"),
        (AuditActions.Numbers.ExpireReservations, "undo.carrier"),
        (AuditActions.Numbers.Search, "undo.carrier"),
        ("port.", "undo.port"),
        ("ticket.", "undo.ticket"),
        ("directory.", "undo.directory"),
        ("triage.", "undo.not_a_change"),
        (AuditActions.Emergency.AddressValidate, "undo.validation"),
        ("helpdesk.channel.", "undo.helpdesk_channel"),
    ];

    /// <summary>The error code saying why <paramref name="action"/> cannot be undone, or null when it can.</summary>
    public static string? Refusal(string action)
    {
        foreach (var (prefix, reason) in Refusals)
        {
            if (action.StartsWith(prefix, StringComparison.Ordinal))
            {
                return reason;
            }
        }

        return null;
    }
}
