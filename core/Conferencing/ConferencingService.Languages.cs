using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

public sealed partial class ConferencingService
{
    /// <summary>
    /// Sets the languages of a dedicated bridge number: a supported primary one and at most four supported
    /// secondary ones, none twice. Shared numbers keep Microsoft's languages. The bridge is always
    /// Microsoft's (a third-party provider is refused for Teams users), which the reference requires.
    /// </summary>
    public Task<Result<ConferenceBridge>> SetLanguagesAsync(SetConferencingLanguages command, CancellationToken cancellationToken = default)
    {
        var number = ParseNumber(command.Number);
        var languages = ConferencingRules.Languages(command.Primary, command.Secondary ?? []);
        return RunAsync(command, AuditActions.Conferencing.LanguagesSet, number.Error ?? languages.Error,
            reads => ReadBridge(reads),
            context => SetLanguages(context, number.Value, languages.Value),
            ConferencingJson.Default.ConferenceBridge, cancellationToken);
    }

    /// <summary>Puts a dedicated bridge number back on its country's default languages.</summary>
    public Task<Result<ConferenceBridge>> RestoreDefaultLanguagesAsync(RestoreDefaultLanguages command, CancellationToken cancellationToken = default)
    {
        var number = ParseNumber(command.Number);
        return RunAsync(command, AuditActions.Conferencing.LanguagesRestore, number.Error,
            reads => ReadBridge(reads),
            context => SetLanguages(context, number.Value, languages: null),
            ConferencingJson.Default.ConferenceBridge, cancellationToken);
    }

    private static Result<ConferenceBridge> SetLanguages(CommandContext context, string number, NumberLanguages? languages)
    {
        var found = DedicatedNumber(context, number, "conferencing.languages.shared_number");
        return found.IsSuccess
            ? PutBridge(context, found.Value.Bridge.With(found.Value.Entry with { Languages = languages }))
            : found.Error;
    }
}
