using ChatPhone.Cards.Licensing;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Conferencing.Commands;
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

        return fix.Kind switch
        {
            FixKind.AssignLicense when Enum.TryParse<Sku>(Arg("sku"), out var sku) =>
                (await licensing.AssignAsync(new AssignLicenses(actor, key, Arg("userId"), [sku]), cancellationToken)).Error,
            FixKind.AssignNumber =>
                (await numbers.AssignAsync(new AssignNumber(actor, key, Arg("number"), Arg("userId")), cancellationToken)).Error,
            FixKind.EnableOrganizer =>
                (await conferencing.EnableOrganizerAsync(new EnableOrganizer(actor, key, Arg("userId")), cancellationToken)).Error,
            FixKind.AssignBridgeNumber =>
                (await conferencing.AssignNumberAsync(new AssignBridgeNumber(actor, key, Arg("number")), cancellationToken)).Error,
            FixKind.AddQueueAgent =>
                (await queues.AddAgentAsync(new AddCallQueueAgent(actor, key, Arg("callQueueId"), Arg("userId")), cancellationToken)).Error,
            _ => new Error("card.invalid_payload"),
        };
    }

    /// <summary>The fix's button text, in <paramref name="language"/>.</summary>
    public static string Label(Fix fix, Language language)
    {
        string Arg(string name) => fix.Args.GetValueOrDefault(name) ?? string.Empty;

        return fix.Kind switch
        {
            FixKind.AssignLicense => BotText.Get(language, "Fix_AssignLicense",
                Enum.TryParse<Sku>(Arg("sku"), out var sku) ? SkuText.Name(sku, language) : Arg("sku")),
            FixKind.AssignNumber => BotText.Get(language, "Fix_AssignNumber", Arg("number")),
            FixKind.EnableOrganizer => BotText.Get(language, "Fix_EnableOrganizer"),
            FixKind.AssignBridgeNumber => BotText.Get(language, "Fix_AssignBridgeNumber", Arg("number")),
            _ => BotText.Get(language, "Fix_AddQueueAgent"),
        };
    }
}
