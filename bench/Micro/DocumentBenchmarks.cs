using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Storage;

namespace ChatPhone.Bench.Micro;

/// <summary>
/// Reading one stored number, the way every command reads documents: through a JSON DOM (how it was done before),
/// straight from the envelope's slice, and from the shared reads of an immutable collection. And the audit trail's
/// "before" of a changed document: through a DOM, or sliced out of the envelope.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private static readonly DocumentCollection<PhoneNumber> Parsing = NumberCollections.Numbers with { SharesReads = false };

    private string _stored = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var number = new PhoneNumber("+12065550100", "US", "WA", "Seattle", NumberType.UserSubscriber, NumberSource.Acquired,
            DateTimeOffset.UnixEpoch, new NumberAssignment(AssignmentTarget.User, "00000000-0000-4000-8000-000000000004", AssignmentCategory.Primary, DateTimeOffset.UnixEpoch),
            LocationId: "hq-loc");
        _stored = NumberCollections.Numbers.Write(number);
    }

    [Benchmark(Baseline = true)]
    public PhoneNumber ReadThroughDom()
    {
        using var document = JsonDocument.Parse(_stored);
        return document.RootElement.GetProperty("data").Deserialize(NumberCollections.Numbers.Type)!;
    }

    [Benchmark]
    public PhoneNumber ReadFromTheEnvelope() => Parsing.Read(_stored);

    [Benchmark]
    public PhoneNumber ReadShared() => NumberCollections.Numbers.Read(_stored);

    [Benchmark]
    public string AuditBeforeThroughDom()
    {
        using var document = JsonDocument.Parse(_stored);
        return document.RootElement.GetProperty("data").GetRawText();
    }

    [Benchmark]
    public string AuditBeforeSliced() => DocumentEnvelope.DataOf(_stored);
}
