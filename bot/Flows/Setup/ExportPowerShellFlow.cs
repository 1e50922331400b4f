using ChatPhone.Bot.Export;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Export.PowerShell;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Flows.Setup;

/// <summary>
/// "Export our configuration as PowerShell" / « exporte la configuration en PowerShell » (admins): writes the tenant's
/// configuration as a MicrosoftTeams and Graph PowerShell script, in the admin's language, and answers with a short-lived
/// download link (<see cref="ScriptDownloads"/>) as a message and as a file attachment; in a Teams personal chat, where
/// a bot's file comes through the person's consent, the attachment is a file consent card (<see cref="TeamsScriptUpload"/>).
/// It changes nothing.
/// </summary>
public sealed class ExportPowerShellFlow(PowerShellExport export, ScriptDownloads downloads, IHttpContextAccessor http, IConfiguration configuration) : ITargetedFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.ExportPowerShell];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var scope = ExportFlowScope.Of(intent);
        var script = await export.ExportAsync(turn.Actor, turn.Language, scope, cancellationToken);
        if (!script.IsSuccess)
        {
            await turn.SendTextAsync(script.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        var token = downloads.Add(turn.Actor.Tenant, script.Value);
        var url = $"{BaseUrl()}{ScriptDownloads.Path}/{token}";
        var minutes = (int)ScriptDownloads.Lifetime.TotalMinutes;
        var ready = (scope is null ? "Ps_Ready" : "Ps_ReadyObject") + (minutes == 1 ? "_One" : string.Empty);
        var text = BotText.Get(turn.Language, ready, Markdown.Escape(script.Value.FileName), minutes)
            + "\n\n" + $"[{Markdown.Escape(script.Value.FileName)}]({url})";
        var reply = MessageFactory.Text(text);
        reply.Attachments = InTeamsPersonalChat(turn.Context.Activity)
            ? [TeamsScriptUpload.ConsentCard(script.Value, token, turn.Language)]
            : [new Attachment { ContentType = "application/octet-stream", ContentUrl = url, Name = script.Value.FileName }];
        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }

    private static bool InTeamsPersonalChat(IActivity activity) =>
        string.Equals(activity.ChannelId, Microsoft.Bot.Connector.Channels.Msteams, StringComparison.OrdinalIgnoreCase)
        && string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);

    // Where people reach the bot: the configured public address, else the address this request came to.
    private string BaseUrl()
    {
        if (configuration["ChatPhone:PublicUrl"] is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        var request = http.HttpContext?.Request;
        return request is null ? string.Empty : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
