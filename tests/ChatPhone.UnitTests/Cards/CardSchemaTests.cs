using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatPhone.Core.Common;
using ChatPhone.UnitTests.Repository;
using CardDialect = ChatPhone.Cards.AdaptiveCards.CardDialect;
using CardJson = ChatPhone.Cards.AdaptiveCards.CardJson;

namespace ChatPhone.UnitTests.Cards;

/// <summary>
/// Every card, in English and French, through the official Adaptive Cards parser (npm <c>adaptivecards</c>,
/// run by <c>tests/cardcheck/check.js</c> in Node, once for all cards): no parse events, no validation
/// failures, no property the parser does not know, and each card under the 28 KB Teams ceiling. Both dialects:
/// as Teams gets it (Universal Actions) and as Web Chat gets it (plain Action.Submit).
/// </summary>
public sealed class CardSchemaTests
{
    private const int MaxCardBytes = 28 * 1024;

    [Fact]
    public void EveryCard_InBothLanguagesAndDialects_ParsesCleanlyWithTheOfficialParser_AndStaysUnder28KB()
    {
        var cards = new[] { Language.English, Language.French }
            .SelectMany(language => CardSamples.All(language))
            .Zip(new[] { Language.English, Language.French }.SelectMany(language => CardSamples.All(language).Select(_ => language)))
            .SelectMany(p => Enum.GetValues<CardDialect>().Select(dialect => (Name: $"{p.First.Name}/{p.Second}/{dialect}", Json: CardJson.Serialize(p.First.Card, dialect))))
            .ToArray();
        var tooBig = cards
            .Select(c => (c.Name, Bytes: Encoding.UTF8.GetByteCount(c.Json)))
            .Where(c => c.Bytes > MaxCardBytes)
            .Select(c => $"{c.Name}: {c.Bytes} bytes")
            .ToArray();

        var problems = RunOfficialParser(cards);

        Assert.Equal(2 * 86, cards.Length);
        Assert.True(tooBig.Length == 0, "Cards over 28 KB: " + string.Join("; ", tooBig));
        Assert.True(problems.Count == 0, "The Adaptive Cards parser reported:\n" + string.Join('\n', problems));
    }

    private static List<string> RunOfficialParser(IReadOnlyList<(string Name, string Json)> cards)
    {
        var checkDirectory = Path.Combine(RepositoryFiles.Root, "tests", "cardcheck");
        EnsurePackages(checkDirectory);

        var input = new JsonArray(cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["card"] = JsonNode.Parse(c.Json) }).ToArray());
        var artifacts = Directory.CreateDirectory(Path.Combine(checkDirectory, "artifacts")).FullName;
        var file = Path.Combine(artifacts, "cards.json");
        File.WriteAllText(file, input.ToJsonString());

        var (exit, output, error) = Run("node", checkDirectory, "check.js", file);
        Assert.True(exit == 0, $"node check.js failed ({exit}):\n{error}");
        using var report = JsonDocument.Parse(output);
        var problems = new List<string>();
        foreach (var card in report.RootElement.EnumerateArray())
        {
            var name = card.GetProperty("name").GetString();
            problems.AddRange(card.GetProperty("problems").EnumerateArray().Select(p => $"{name}: {p.GetString()}"));
        }

        Assert.Equal(cards.Count, report.RootElement.GetArrayLength());
        return problems;
    }

    // Installs the parser on a clean machine; later runs reuse node_modules unless the lock file changed.
    private static void EnsurePackages(string directory)
    {
        var installed = Path.Combine(directory, "node_modules", ".package-lock.json");
        var lockFile = Path.Combine(directory, "package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(lockFile))
        {
            return;
        }

        var (exit, output, error) = Run("npm", directory, "ci", "--no-audit", "--no-fund");
        Assert.True(exit == 0, $"npm ci failed in {directory} ({exit}):\n{output}\n{error}");
    }

    private static (int Exit, string Output, string Error) Run(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.GetAwaiter().GetResult());
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"'{program}' could not be started ({e.Message}). Card validation needs Node.js 20+ and npm on the PATH: "
                + "install them (https://nodejs.org, or `apt-get install nodejs npm`, or `winget install OpenJS.NodeJS.LTS`) and run the tests again.");
            throw;
        }
    }
}
