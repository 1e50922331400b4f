using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Triage;

namespace ChatPhone.Bot.Flows.Helpdesk;

/// <summary>
/// Runs a diagnosis's one-click fix as the area's own command, as the admin who clicked (so the area checks
/// the role and its rules again), under a key derived from the click (so a double click applies once).
/// </summary>
public sealed class FixApplier(LicensingService licensing, NumberAssignmentService numbers, ConferencingService conferencing, CallQueueService queues)
{
    /// <summary>Applies <paramref name="fix"/>; the error says why it could not.</summary>
    public async Task<Error?> ApplyAsync(Actor actor, Fix fix, IdempotencyKey key, CancellationToken cancellationToken)
    {
        string Arg(string name) => fix.Args.GetValueOrDefault(name) ?? string.Empty;

        // The fix names the person its diagnosis found; a fix that needs one and names none applies nothing.
        var person = UserId.TryCreate(Arg("userId"));
        if (!person.IsSuccess && fix.Kind is FixKind.AssignLicense or FixKind.AssignNumber or FixKind.EnableOrganizer or FixKind.AddQueueAgent)
        {
            return person.Error;
        }

        return fix.Kind switch
        {
            FixKind.AssignLicense when Enum.TryParse<Sku>(Arg("sku"), out var sku) =>
                (await licensing.AssignAsync(new AssignLicenses(actor, key, person.Value, [sku]), cancellationToken)).Error,
            FixKind.AssignNumber =>
                (await numbers.AssignAsync(new AssignNumber(actor, key, Arg("number"), person.Value), cancellationToken)).Error,
            FixKind.EnableOrganizer =>
                (await conferencing.EnableOrganizerAsync(new EnableOrganizer(actor, key, person.Value), cancellationToken)).Error,
            FixKind.AssignBridgeNumber =>
                (await conferencing.AssignNumberAsync(new AssignBridgeNumber(actor, key, Arg("number"), MakeDefault: Arg("makeDefault") == "true"), cancellationToken)).Error,
            FixKind.AddQueueAgent =>
                (await queues.AddAgentAsync(new AddCallQueueAgent(actor, key, Arg("callQueueId"), person.Value), cancellationToken)).Error,
            _ => new Error("card.invalid_payload"),
        };
    }
}
