using ChatPhone.Core.Audit;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers.Porting;
using Microsoft.Extensions.Options;

namespace ChatPhone.Core.Triage;

/// <summary>
/// Diagnoses why calling fails for a person, from what is stored: one atomic read of everything the
/// diagnosis needs, then <see cref="Diagnoser"/>. A user may diagnose only themselves; helpdesk members
/// and admins anyone in their own tenant. Every read is scoped to the actor's tenant, so a person of
/// another tenant is simply not found, exactly like a person who does not exist.
/// </summary>
public sealed class TriageService(
    CommandRunner runner, AvailabilityCatalog catalog, IOptions<PortingOptions> porting, IAuditLog audit, TimeProvider clock)
{
    private readonly PortSchedule _schedule = new(porting.Value);

    /// <summary>
    /// The causes of <paramref name="symptom"/> for the person under <paramref name="userIdOrUpn"/> (object id or UPN).
    /// Refusals: <c>directory.not_a_member</c> for people outside the directory, <c>triage.self_only</c> when a user
    /// asks about someone else (or someone who does not exist: the answer is the same), both audited.
    /// </summary>
    public async Task<Result<TriageReport>> DiagnoseAsync(
        Actor actor, string userIdOrUpn, Symptom symptom, TriageDetails? details = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (actor.Role == Role.Unknown)
        {
            return await RefuseAsync(actor, now, userIdOrUpn, new Error("directory.not_a_member"), cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(userIdOrUpn) || userIdOrUpn.Trim().Length > 256)
        {
            return new Error("triage.person_required");
        }

        // A user naming someone else by object id is refused before anything is read; by UPN, once read.
        if (actor.Role == Role.User && !userIdOrUpn.Contains('@', StringComparison.Ordinal)
            && !TriageReads.Normalise(userIdOrUpn).Equals(actor.UserId, StringComparison.OrdinalIgnoreCase))
        {
            return await RefuseAsync(actor, now, userIdOrUpn, new Error("triage.self_only"), cancellationToken);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => TriageReads.Declare(reads, userIdOrUpn, now), cancellationToken);
        var facts = TriageReads.Facts(snapshot, userIdOrUpn, details ?? TriageDetails.None, now, catalog, _schedule);
        if (actor.Role == Role.User && !string.Equals(facts.Person?.AadObjectId, actor.UserId, StringComparison.OrdinalIgnoreCase))
        {
            return await RefuseAsync(actor, now, userIdOrUpn, new Error("triage.self_only"), cancellationToken);
        }

        var causes = Diagnoser.Diagnose(symptom, facts, now);
        return new TriageReport(facts.UserId, facts.Person?.DisplayName ?? facts.Key, symptom, causes);
    }

    private async Task<Result<TriageReport>> RefuseAsync(Actor actor, DateTimeOffset now, string target, Error error, CancellationToken cancellationToken)
    {
        var shown = (target ?? string.Empty).Trim();
        await audit.RecordAsync(actor.Tenant, Audits.Refused(actor, now, AuditActions.Triage.Diagnose, shown.Length > 256 ? shown[..256] : shown), cancellationToken);
        return error;
    }
}
