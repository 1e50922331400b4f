using ChatPhone.Core.Audit.Undo;

namespace ChatPhone.UnitTests.Core.Audit;

/// <summary>Taking one change of a document back from the document as it is now, leaving later changes of other fields alone.</summary>
public sealed class ReverseMergeTests
{
    private static readonly IReadOnlySet<string> NoCounters = new HashSet<string>();

    [Fact]
    public void AFieldStillAsTheChangeLeftIt_IsSetBack_AndOtherFieldsChangedSinceStay()
    {
        var merged = ReverseMerge.Apply(
            """{"name":"Sales","alert":20,"agents":["a"]}""",
            """{"name":"Ventes","alert":20,"agents":["a"]}""",
            """{"name":"Ventes","alert":45,"agents":["a","b"]}""",
            NoCounters);

        Assert.Null(merged.ConflictPath);
        Assert.Equal("""{"name":"Sales","alert":45,"agents":["a","b"]}""", merged.Json);
        Assert.Equal([new FieldChange("name", "Ventes", "Sales")], merged.Fields);
    }

    [Fact]
    public void AFieldTheChangeSet_ThatHoldsAnotherValueNow_IsAConflict()
    {
        var merged = ReverseMerge.Apply("""{"alert":20}""", """{"alert":30}""", """{"alert":45}""", NoCounters);

        Assert.Equal("alert", merged.ConflictPath);
        Assert.Null(merged.Json);
    }

    [Fact]
    public void ACounter_MovesBackByTheChangesDifference_WhateverHappenedSince()
    {
        var counters = new HashSet<string> { "consumed" };

        var merged = ReverseMerge.Apply(
            """{"sku":"PhoneSystem","purchased":10,"consumed":2}""",
            """{"sku":"PhoneSystem","purchased":10,"consumed":3}""",
            """{"sku":"PhoneSystem","purchased":10,"consumed":7}""",
            counters);

        Assert.Equal("""{"sku":"PhoneSystem","purchased":10,"consumed":6}""", merged.Json);
    }

    [Fact]
    public void NestedObjects_AreMergedFieldByField_AndAFieldTheChangeAdded_IsRemoved()
    {
        var merged = ReverseMerge.Apply(
            """{"routing":{"method":"Attendant","presence":true}}""",
            """{"routing":{"method":"RoundRobin","presence":true,"overflow":"voicemail"}}""",
            """{"routing":{"method":"RoundRobin","presence":false,"overflow":"voicemail"}}""",
            NoCounters);

        Assert.Equal("""{"routing":{"method":"Attendant","presence":false}}""", merged.Json);
        Assert.Equal(["routing.method", "routing.overflow"], merged.Fields.Select(f => f.Path));
    }

    [Fact]
    public void AFieldAlreadySetBackSince_NeedsNothing()
    {
        var merged = ReverseMerge.Apply("""{"name":"Sales"}""", """{"name":"Ventes"}""", """{"name":"Sales"}""", NoCounters);

        Assert.Null(merged.ConflictPath);
        Assert.Empty(merged.Fields);
    }
}
