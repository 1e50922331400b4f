using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Core.Triage;

/// <summary>
/// The words of triage, in English and French, from the Triage resources: what a cause means for the person,
/// what happens next, the same cause told about someone else (for helpdesk and tickets), and what a fix does.
/// </summary>
public static class TriageText
{
    /// <summary>The cause in plain language, to the person concerned ("You don't have a Teams Phone license yet…").</summary>
    public static string Describe(this Diagnosis diagnosis, Language language) =>
        Error.Messages.Get(language, Error.ResourceName(diagnosis.Code), [.. diagnosis.Args]);

    /// <summary>What happens next, given who has to act ("An admin has been asked…", "Nothing to do: …").</summary>
    public static string NextStep(this Diagnosis diagnosis, Language language) =>
        Error.Messages.Get(language, Error.ResourceName(diagnosis.Code + ".next"), [.. diagnosis.Args]);

    /// <summary>The cause told about <paramref name="displayName"/>, for the helpdesk or an admin ("Alex has no Teams Phone license…").</summary>
    public static string DescribeAbout(this Diagnosis diagnosis, string displayName, Language language) =>
        Error.Messages.Get(language, Error.ResourceName(diagnosis.Code + ".about"), [displayName, .. diagnosis.Args]);

    /// <summary>What a one-click fix does, for a button or a plan ("Give Alex Wilber a Phone System license").</summary>
    public static string Describe(this Fix fix, string displayName, Language language)
    {
        string Arg(string name) => fix.Args.GetValueOrDefault(name) ?? string.Empty;
        return fix.Kind switch
        {
            FixKind.AssignLicense => Error.Messages.Get(language, "triage_fix_assign_license", displayName, SkuName(Arg("sku"), language)),
            FixKind.AssignNumber => Error.Messages.Get(language, "triage_fix_assign_number", displayName, Arg("number")),
            FixKind.EnableOrganizer => Error.Messages.Get(language, "triage_fix_enable_organizer", displayName),
            FixKind.AssignBridgeNumber => Error.Messages.Get(language, "triage_fix_assign_bridge_number", Arg("number")),
            _ => Error.Messages.Get(language, "triage_fix_add_queue_agent", displayName, Arg("queueName")),
        };
    }

    /// <summary>The name people know a license by, in <paramref name="language"/> (the SKU as given when unknown).</summary>
    public static string SkuName(string sku, Language language) =>
        Skus.TryParse(sku, out var parsed)
            ? Error.Messages.Find(language.Culture(), "triage_sku_" + parsed) ?? parsed.PartNumber()
            : sku;
}
