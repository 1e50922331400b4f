using System.Text.Json;
using ChatPhone.Core.Audit;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>
/// Creates, changes and deletes auto attendants. Every save runs <see cref="AutoAttendantValidator"/> over
/// the whole attendant and the tenant as read; when it finds problems the command fails with the first
/// one (use <see cref="VoiceAppQueries.CheckAutoAttendantAsync"/> to list them all).
/// </summary>
public sealed partial class AutoAttendantService(CommandRunner runner)
{
    /// <summary>Creates an auto attendant.</summary>
    public Task<Result<AutoAttendantSaved>> CreateAsync(CreateAutoAttendant command, CancellationToken cancellationToken = default)
    {
        var people = command.Settings.PersonIds().ToArray();
        return runner.RunAsync(command, AuditActions.AutoAttendants.Create, Role.Admin,
            reads => VoiceAppFacts.Declare(reads, people),
            context => Save(null, command.Settings, context, people),
            AutoAttendantsJson.Default.AutoAttendantSaved,
            cancellationToken);
    }

    /// <summary>Replaces an auto attendant's settings.</summary>
    public Task<Result<AutoAttendantSaved>> UpdateAsync(UpdateAutoAttendant command, CancellationToken cancellationToken = default) =>
        ChangeAsync(command, AuditActions.AutoAttendants.Update, command.Id, _ => command.Settings, command.Settings.PersonIds(), cancellationToken, command.Seen);

    /// <summary>Deletes an auto attendant nobody uses.</summary>
    public Task<Result<VoiceAppDeleted>> DeleteAsync(DeleteAutoAttendant command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.AutoAttendants.Delete, Role.Admin,
            reads => reads.All(AutoAttendantCollections.Attendants).All(ResourceAccountCollections.Accounts),
            context => ChangedSince(Id(command.Id), command.Seen, context) is { } changed ? changed : Delete(Id(command.Id), context),
            AutoAttendantsJson.Default.VoiceAppDeleted,
            cancellationToken);

    private static Result<AutoAttendantSaved> Save(string? id, AutoAttendantSettings settings, CommandContext context, IEnumerable<string> people)
    {
        var facts = VoiceAppFacts.From(context.Snapshot, people);
        AutoAttendant? existing = null;
        if (id is not null && !facts.AutoAttendants.TryGetValue(id, out existing))
        {
            return new Error("autoattendant.not_found", id);
        }

        var validated = AutoAttendantValidator.Validate(settings, facts, id);
        if (!validated.IsValid)
        {
            return validated.Problems[0];
        }

        if (existing is not null && Same(existing.Settings, validated.Value))
        {
            return new AutoAttendantSaved(existing, [.. validated.Notes, new Error("voiceapp.unchanged", existing.Name)]);
        }

        var attendant = existing is null
            ? new AutoAttendant(Guid.NewGuid().ToString("D"), validated.Value, context.Now, context.Now)
            : existing with { Settings = validated.Value, UpdatedAt = context.Now };
        context.Put(AutoAttendantCollections.Attendants, attendant.Id, attendant);
        return new AutoAttendantSaved(attendant, validated.Notes);
    }

    private static Result<VoiceAppDeleted> Delete(string id, CommandContext context)
    {
        if (context.Find(AutoAttendantCollections.Attendants, id) is not { } attendant)
        {
            return new Error("autoattendant.not_found", id);
        }

        var accounts = context.All(ResourceAccountCollections.Accounts).Values.Where(a => a.AssociatedWith == id).Select(a => a.Upn).Order().ToArray();
        if (accounts.Length > 0)
        {
            return new Error("autoattendant.has_resource_accounts", attendant.Name, string.Join(", ", accounts));
        }

        var users = context.All(AutoAttendantCollections.Attendants).Values
            .Where(a => a.Id != id && a.Settings.Targets().Any(t => t.Type == CallableEntityType.ConfigurationEndpoint && Id(t.Id) == id))
            .Select(a => a.Name).Order().ToArray();
        if (users.Length > 0)
        {
            return new Error("autoattendant.in_use", attendant.Name, string.Join(", ", users));
        }

        context.Delete(AutoAttendantCollections.Attendants, id);
        return new VoiceAppDeleted(id, attendant.Name);
    }

    /// <summary>The refusal when the attendant changed after the editor read it at <paramref name="seen"/>; null when it did not.</summary>
    private static Error? ChangedSince(string id, DateTimeOffset? seen, CommandContext context) =>
        seen is { } read && context.Find(AutoAttendantCollections.Attendants, id) is { } attendant && attendant.UpdatedAt != read
            ? new Error("autoattendant.changed_meanwhile", attendant.Name, attendant.UpdatedAt.ToUniversalTime().ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture))
            : null;

    private static bool Same(AutoAttendantSettings a, AutoAttendantSettings b) =>
        JsonSerializer.Serialize(a, AutoAttendantsJson.Default.AutoAttendantSettings) == JsonSerializer.Serialize(b, AutoAttendantsJson.Default.AutoAttendantSettings);

    private static string Id(string? id) => id?.Trim().ToLowerInvariant() ?? string.Empty;
}
