using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Core.VoiceApps;

/// <summary>
/// Whether an auto attendant or call queue can take calls (the setup checklist): it needs at least one
/// licensed resource account of its kind, and for external callers one of them with a number.
/// </summary>
/// <param name="Id">The AA or CQ id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Auto attendant or call queue.</param>
/// <param name="ResourceAccountIds">The licensed accounts of the right kind linked to it.</param>
/// <param name="Ready">At least one such account: internal and nested calls reach it.</param>
/// <param name="ReachableFromPstn">One such account has a number: external callers reach it.</param>
/// <param name="Missing">What is missing, as messages (empty when fully ready).</param>
public sealed record VoiceAppReadiness(
    string Id,
    string Name,
    ResourceAccountKind Kind,
    IReadOnlyList<string> ResourceAccountIds,
    bool Ready,
    bool ReachableFromPstn,
    IReadOnlyList<Error> Missing)
{
    /// <summary>Judges one AA or CQ against the tenant's resource accounts.</summary>
    public static VoiceAppReadiness Of(string id, string name, ResourceAccountKind kind, IEnumerable<ResourceAccount> accounts)
    {
        var linked = accounts.Where(a => a.AssociatedWith == id && a.Kind == kind && a.IsLicensed).OrderBy(a => a.Upn, StringComparer.Ordinal).ToArray();
        var ready = linked.Length > 0;
        var pstn = linked.Any(a => a.Number is not null);
        Error[] missing = !ready
            ? [new Error("voiceapp.not_ready_no_account", name), new Error("voiceapp.not_ready_no_number", name)]
            : pstn ? [] : [new Error("voiceapp.not_ready_no_number", name)];
        return new VoiceAppReadiness(id, name, kind, linked.Select(a => a.Id).ToArray(), ready, pstn, missing);
    }
}
