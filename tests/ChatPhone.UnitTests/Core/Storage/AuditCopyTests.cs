using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.Storage;

namespace ChatPhone.UnitTests.Core.Storage;

/// <summary>A collection's audit copy: the stored document stays whole, what the audit trail keeps is masked.</summary>
public sealed class AuditCopyTests
{
    private static readonly PortOrder Order = new(
        "PO-1", PortOrderStatus.Processing,
        new PortDetails("ACCT-99017734", "+14252000000", "730519", "Contoso", "Megan", "1 Microsoft Way", "Redmond", "WA", "98052",
            PortType.Full, new DateOnly(2026, 3, 20), new TimeOnly(9, 0), "Megan", "Fabrikam", []),
        ["+14252000000"], PortNumberKind.Local, null, DateTimeOffset.UnixEpoch, null, null, []);

    [Fact]
    public void Put_OfAMaskedCollection_StoresTheDocumentWhole_AndAuditsItMasked()
    {
        var change = new ChangeSet().Put(PortingCollections.Orders, Order.Id, Order).Changes.Single();

        Assert.Contains("ACCT-99017734", change.Json, StringComparison.Ordinal);
        Assert.Contains("730519", change.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("ACCT-99017734", change.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("730519", change.Data, StringComparison.Ordinal);
        Assert.Contains("XXXX7734", change.Data, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditOfStored_TheDocumentAsItWasRead_IsMaskedToo()
    {
        var stored = PortingCollections.Orders.Write(Order);
        var change = new ChangeSet().Delete(PortingCollections.Orders, Order.Id).Changes.Single();

        var before = change.AuditOfStored!(stored);

        Assert.DoesNotContain("ACCT-99017734", before, StringComparison.Ordinal);
        Assert.DoesNotContain("730519", before, StringComparison.Ordinal);
        var read = PortingCollections.Orders.Read(PortingCollections.Orders.Envelope(before));
        Assert.Equal(("XXXX7734", "XXXX", Order.Id), (read.Details.AccountNumber, read.Details.PinToUnblock, read.Id));
    }

    [Fact]
    public void Put_OfACollectionWithoutAuditCopy_AuditsTheDocumentAsStored()
    {
        var plain = new DocumentCollection<PortOrder>("plain", PortOrder.SchemaVersion, PortingCollections.Orders.Type);

        var change = new ChangeSet().Put(plain, Order.Id, Order).Changes.Single();

        Assert.Null(change.AuditOfStored);
        Assert.Equal(DocumentEnvelope.DataOf(change.Json!), change.Data);
    }
}
