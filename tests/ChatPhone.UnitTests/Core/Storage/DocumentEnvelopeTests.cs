using System.Text.Json;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Storage;

namespace ChatPhone.UnitTests.Core.Storage;

/// <summary>The stored envelope of a document, and reading the aggregate back out of it for the audit trail.</summary>
public sealed class DocumentEnvelopeTests
{
    [Theory]
    [InlineData("{\"id\":\"a\",\"n\":1}")]
    [InlineData("[{\"number\":\"+12065550100\",\"category\":\"Primary\"}]")]
    [InlineData("\"text with \\\"data\\\": inside }\"")]
    public void DataOf_WhatWrapWrote_IsTheAggregatesJson(string data)
    {
        Assert.Equal(data, DocumentEnvelope.DataOf(DocumentEnvelope.Wrap(12, data)));
    }

    [Theory]
    [InlineData("{ \"v\": 1, \"data\": {\"id\":\"a\"} }", "{\"id\":\"a\"}")]
    [InlineData("{\"data\":{\"id\":\"a\"},\"v\":1}", "{\"id\":\"a\"}")]
    [InlineData("{\"v\":\"1\",\"data\":[1,2]}", "[1,2]")]
    public void DataOf_AnEnvelopeWrittenAnotherWay_IsStillRead(string envelope, string expected)
    {
        Assert.Equal(expected, DocumentEnvelope.DataOf(envelope));
    }

    [Fact]
    public void Read_AnEnvelopeFromANewerSchema_IsRefused_WhicheverWayItWasWritten()
    {
        var collection = new DocumentCollection<Subscription>("subscriptions", 1, LicensingJson.Default.Subscription);

        Assert.Throws<JsonException>(() => collection.Read("{\"v\":2,\"data\":{\"sku\":\"E5\",\"purchased\":1,\"consumed\":0}}"));
        Assert.Throws<JsonException>(() => collection.Read("{ \"v\": 2, \"data\": {\"sku\":\"E5\",\"purchased\":1,\"consumed\":0} }"));
        Assert.Equal(new Subscription(Sku.E5, 1, 0), collection.Read("{ \"data\": {\"sku\":\"E5\",\"purchased\":1,\"consumed\":0}, \"v\": 1 }"));
        Assert.Equal(new Subscription(Sku.E5, 1, 0), collection.Read(collection.Write(new Subscription(Sku.E5, 1, 0))));
    }

    [Fact]
    public void Read_OfACollectionThatSharesReads_ParsesEachDistinctDocumentOnce()
    {
        var shared = new DocumentCollection<Subscription>("subscriptions", 1, LicensingJson.Default.Subscription) { SharesReads = true };
        var own = new DocumentCollection<Subscription>("subscriptions", 1, LicensingJson.Default.Subscription);
        var json = shared.Write(new Subscription(Sku.E5, 1, 0));
        var changed = shared.Write(new Subscription(Sku.E5, 2, 0));

        Assert.Same(shared.Read(json), shared.Read(json));
        Assert.Equal(2, shared.Read(changed).Purchased);
        Assert.NotSame(own.Read(json), own.Read(json));
    }

    [Fact]
    public void SharedReads_StayUnderTheirMemoryBound_StartingOverPastIt()
    {
        var shared = new DocumentCollection<Subscription>("subscriptions", 1, LicensingJson.Default.Subscription) { SharesReads = true, MaxSharedBytes = 1_000 };
        var documents = Enumerable.Range(1, 20).Select(i => shared.Write(new Subscription(Sku.E5, i, 0))).ToArray();
        var first = shared.Read(documents[0]);

        foreach (var document in documents)
        {
            shared.Read(document);
            Assert.InRange(shared.SharedBytes, 1, 1_000);
        }

        Assert.NotSame(first, shared.Read(documents[0]));
        Assert.Same(shared.Read(documents[^1]), shared.Read(documents[^1]));
    }

    [Fact]
    public void ADocumentLargerThanTheBound_IsReadButNeverKept()
    {
        var shared = new DocumentCollection<Subscription>("subscriptions", 1, LicensingJson.Default.Subscription) { SharesReads = true, MaxSharedBytes = 10 };
        var json = shared.Write(new Subscription(Sku.E5, 1, 0));

        Assert.Equal(1, shared.Read(json).Purchased);
        Assert.NotSame(shared.Read(json), shared.Read(json));
        Assert.Equal(0, shared.SharedBytes);
    }

    [Fact]
    public void SharedReads_AreOnlyForImmutableDocuments()
    {
        // Sharing hands one instance to every reader: only types with nothing to mutate may opt in.
        Assert.True(NumberCollections.Numbers.SharesReads);
        Assert.True(DirectoryCollections.People.SharesReads);
        Assert.True(OrderCollections.Reservations.SharesReads);
        foreach (var type in new[] { typeof(PhoneNumber), typeof(NumberAssignment), typeof(Person), typeof(NumberReservation) })
        {
            Assert.All(type.GetProperties(), p => Assert.True(
                p.PropertyType.IsValueType || p.PropertyType == typeof(string) || p.PropertyType == typeof(NumberAssignment)
                    || Nullable.GetUnderlyingType(p.PropertyType) is not null,
                $"{type.Name}.{p.Name} ({p.PropertyType.Name}) could be mutated by one reader under another"));
            Assert.All(type.GetProperties(), p => Assert.False(p.SetMethod is { } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)),
                $"{type.Name}.{p.Name} has a setter"));
        }
    }
}
