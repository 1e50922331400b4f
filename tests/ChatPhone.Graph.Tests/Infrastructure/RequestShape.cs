using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatPhone.Graph.Tests.Infrastructure;

/// <summary>Checks a sent request against Microsoft's documented one: method, path, query and body shape.</summary>
internal static class RequestShape
{
    /// <summary>The decoded query parameters of <paramref name="url"/>.</summary>
    public static Dictionary<string, string> Query(Uri url) =>
        url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : string.Empty);

    /// <summary>Same method, path and query parameters (in any order) as documented.</summary>
    public static void AssertMatches(DocumentedRequest documented, RecordedRequest sent)
    {
        Assert.Equal(documented.Method, sent.Method);
        Assert.Equal(Uri.UnescapeDataString(documented.Url.AbsolutePath), Uri.UnescapeDataString(sent.Url.AbsolutePath));
        Assert.Equal(Query(documented.Url).OrderBy(p => p.Key), Query(sent.Url).OrderBy(p => p.Key));
        if (documented.Body.Trim().Length > 0)
        {
            AssertSameShape(JsonNode.Parse(documented.Body, documentOptions: Documented.Lenient), JsonNode.Parse(sent.Body), "$");
        }
    }

    /// <summary>
    /// The same properties with the same kinds of values, recursively; array items are compared with the
    /// documented first item when both arrays have one.
    /// </summary>
    public static void AssertSameShape(JsonNode? documented, JsonNode? sent, string path)
    {
        Assert.True(Kind(documented) == Kind(sent), $"{path}: documented {Kind(documented)}, sent {Kind(sent)}");
        switch (documented)
        {
            case JsonObject expected:
                var actual = (JsonObject)sent!;
                Assert.True(
                    expected.Select(p => p.Key).Order().SequenceEqual(actual.Select(p => p.Key).Order()),
                    $"{path}: documented properties [{string.Join(", ", expected.Select(p => p.Key))}], sent [{string.Join(", ", actual.Select(p => p.Key))}]");
                foreach (var (name, value) in expected)
                {
                    AssertSameShape(value, actual[name], $"{path}.{name}");
                }

                break;
            case JsonArray { Count: > 0 } items when sent is JsonArray { Count: > 0 } sentItems:
                foreach (var item in sentItems)
                {
                    AssertSameShape(items[0], item, $"{path}[]");
                }

                break;
        }
    }

    private static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => JsonValueKind.True,
        { } kind => kind,
        null => JsonValueKind.Null,
    };
}
