using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatPhone.Graph.Tests.Infrastructure;

/// <summary>A request as Microsoft documents it: method, URL, headers and body (when there is one).</summary>
internal sealed record DocumentedRequest(HttpMethod Method, Uri Url, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>A response as Microsoft documents it: status, headers and body.</summary>
internal sealed record DocumentedResponse(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The body as JSON (Microsoft's samples are read leniently: some carry trailing commas).</summary>
    public JsonNode Json => JsonNode.Parse(Body, documentOptions: Documented.Lenient)!;

    /// <summary>The response to serve, with <paramref name="body"/> in place of the documented one when given.</summary>
    public HttpResponseMessage ToMessage(string? body = null)
    {
        var message = new HttpResponseMessage(Status);
        var text = body ?? Body;
        if (text.Trim().Length > 0)
        {
            message.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in Headers)
        {
            if (!name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }
}

/// <summary>Reads the copies of Microsoft's documented HTTP examples in <c>Documented/</c>.</summary>
internal static class Documented
{
    /// <summary>Microsoft's samples as written: trailing commas and comments allowed.</summary>
    public static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The text of a documented file.</summary>
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documented", name));

    /// <summary>A documented request (<c>METHOD URL</c>, or a bare URL meaning GET).</summary>
    public static DocumentedRequest Request(string name)
    {
        var (first, headers, body) = Split(Text(name));
        var parts = first.Split(' ', 2);
        return parts.Length == 2 && !parts[0].StartsWith("http", StringComparison.Ordinal)
            ? new DocumentedRequest(new HttpMethod(parts[0]), new Uri(parts[1]), headers, body)
            : new DocumentedRequest(HttpMethod.Get, new Uri(first), headers, body);
    }

    /// <summary>A documented response (<c>HTTP/1.1 STATUS REASON</c>).</summary>
    public static DocumentedResponse Response(string name)
    {
        var (first, headers, body) = Split(Text(name));
        return new DocumentedResponse((HttpStatusCode)int.Parse(first.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, body);
    }

    private static (string First, Dictionary<string, string> Headers, string Body) Split(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 1;
        for (; index < lines.Length && lines[index].Trim().Length > 0; index++)
        {
            var colon = lines[index].IndexOf(':', StringComparison.Ordinal);
            headers[lines[index][..colon].Trim()] = lines[index][(colon + 1)..].Trim();
        }

        return (lines[0].Trim(), headers, string.Join('\n', lines.Skip(index + 1)));
    }
}
