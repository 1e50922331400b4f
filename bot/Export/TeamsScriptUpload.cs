using System.Net.Http.Headers;
using ChatPhone.Bot.Flows;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Export.PowerShell;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using Error = ChatPhone.Core.Common.Error;

namespace ChatPhone.Bot.Export;

/// <summary>
/// The exported script as a file in a Teams personal chat, the way Teams lets a bot send one: a file consent card first;
/// when the person accepts, Teams gives an upload address in their OneDrive, the bot puts the script there and shows
/// the file. The consent names the script by its download token, which is checked against the clicker's tenant and role;
/// the upload address must be an https address of SharePoint (OneDrive for Business) that resolves to public addresses
/// only, so a forged consent can neither reach a private address nor send the script anywhere else.
/// </summary>
public sealed class TeamsScriptUpload(ScriptDownloads downloads, IHttpClientFactory clients)
{
    /// <summary>The hosts OneDrive for Business upload addresses live on.</summary>
    private static readonly string[] UploadHosts = [".sharepoint.com", ".sharepoint.us", ".sharepoint.de", ".sharepoint.cn", ".sharepoint-mil.us"];

    /// <summary>The consent card that asks to put <paramref name="script"/> (waiting under <paramref name="token"/>) in the person's OneDrive.</summary>
    public static Attachment ConsentCard(PowerShellScript script, string token, Language language) => new()
    {
        ContentType = FileConsentCard.ContentType,
        Name = script.FileName,
        Content = new FileConsentCard
        {
            Description = BotText.Get(language, "Ps_ConsentDescription"),
            SizeInBytes = script.ToBytes().LongLength,
            AcceptContext = new JObject { ["token"] = token },
            DeclineContext = new JObject { ["token"] = token },
        },
    };

    /// <summary>The person accepted: the script goes to the upload address Teams gave, then the file is shown.</summary>
    public async Task AcceptAsync(FlowTurn turn, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var script = Token(response) is { } token ? downloads.Find(token, turn.Actor.Tenant) : null;
        var upload = response.UploadInfo;
        if (script is null || upload is null)
        {
            await turn.SendTextAsync(BotText.Get(language, "Ps_UploadExpired"), cancellationToken);
            return;
        }

        if (!IsUploadAddress(upload.UploadUrl) || !await PutAsync(upload.UploadUrl, script.ToBytes(), cancellationToken))
        {
            await turn.SendTextAsync(BotText.Get(language, "Ps_UploadFailed"), cancellationToken);
            return;
        }

        var shown = MessageFactory.Attachment(new Attachment
        {
            ContentType = FileInfoCard.ContentType,
            ContentUrl = upload.ContentUrl,
            Name = upload.Name,
            Content = new FileInfoCard { UniqueId = upload.UniqueId, FileType = upload.FileType },
        });
        shown.Text = BotText.Get(language, "Ps_Uploaded", Markdown.Escape(upload.Name ?? script.FileName));
        await turn.Context.SendActivityAsync(shown, cancellationToken);
    }

    /// <summary>The person declined: said, and the download link still works until it expires.</summary>
    public Task DeclineAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        turn.SendTextAsync(BotText.Get(turn.Language, "Ps_UploadDeclined"), cancellationToken);

    /// <summary>True for an https address on a SharePoint host (OneDrive for Business), the only place Teams uploads to.</summary>
    public static bool IsUploadAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme == Uri.UriSchemeHttps && address.IsDefaultPort
        && UploadHosts.Any(host => address.Host.EndsWith(host, StringComparison.OrdinalIgnoreCase));

    private static string? Token(FileConsentCardResponse response) =>
        response.Context is JObject context && context["token"] is JValue { Type: JTokenType.String } token ? (string?)token : null;

    // One PUT of the whole file (it is small), through the client that connects to public addresses only.
    private async Task<bool> PutAsync(string url, byte[] bytes, CancellationToken cancellationToken)
    {
        using var client = clients.CreateClient(AttachmentDownloader.HttpClientName);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, bytes.Length - 1, bytes.Length);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        try
        {
            using var sent = await client.PutAsync(new Uri(url), content, deadline.Token);
            return sent.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
