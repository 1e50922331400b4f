using System.Text.Json;
using ChatPhone.Core.Licensing;
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
}
