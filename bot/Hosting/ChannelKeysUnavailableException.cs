using System.Net.Sockets;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// The channel's token could not be checked because its signing keys (the OpenID metadata document and key set) could
/// not be fetched: the request is answered 503, the caller may retry; it says nothing about the token itself.
/// </summary>
internal sealed class ChannelKeysUnavailableException() : Exception("The channel's signing keys cannot be fetched.")
{
    /// <summary>The short text of the 503.</summary>
    public const string ResponseText = "Channel authentication is unavailable for now; retry later.";

    /// <summary>
    /// True for a failure to fetch the metadata: a network error anywhere in the chain, or the identity library's
    /// "unable to obtain configuration" (IDX20803) and "unable to retrieve document" (IDX20804, IDX20807).
    /// </summary>
    public static bool IsUnreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or IOException or SocketException or TimeoutException
                || e.Message.Contains("IDX20803", StringComparison.Ordinal) || e.Message.Contains("IDX20804", StringComparison.Ordinal)
                || e.Message.Contains("IDX20807", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The innermost cause, as type and message, for the log.</summary>
    public static string Reason(Exception exception)
    {
        var inner = exception;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return $"{inner.GetType().Name}: {inner.Message}";
    }
}
