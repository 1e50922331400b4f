using System.Net;

namespace ChatPhone.Bot.Flows.Directory;

/// <summary>Settings of attachment downloads (configuration section <c>ChatPhone:Attachments</c>).</summary>
public sealed class AttachmentDownloadOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ChatPhone:Attachments";

    /// <summary>One deadline for a whole download: every redirect, the headers and the body.</summary>
    public int DownloadSeconds { get; set; } = 15;

    /// <summary>
    /// Exact addresses (IP and port) let through the public-address check: for tests, which can only serve files on
    /// loopback. Never bound from configuration.
    /// </summary>
    internal IList<IPEndPoint> AllowedForTests { get; } = [];
}
