using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

namespace ChatPhone.UnitTests.Core.Commands;

/// <summary>What a command's decision reads through its context.</summary>
public sealed class CommandContextTests
{
    private static readonly Actor Admin = new(TenantId.Parse("contoso"), "admin", "Admin", Role.Admin);
    private static readonly Error NotFound = new("number.not_found", "ada", "contoso");

    [Fact]
    public void Find_WithNotFoundError_DocumentRead_ReturnsTheDocument()
    {
        var lines = new List<UserLine> { new("+33123456789", AssignmentCategory.Primary) };
        var context = Context(("ada", NumberCollections.UserLines.Write(lines)));

        var found = context.Find(NumberCollections.UserLines, "ada", NotFound);

        Assert.True(found.IsSuccess);
        Assert.Equal("+33123456789", Assert.Single(found.Value).Number);
    }

    [Fact]
    public void Find_WithNotFoundError_DocumentAbsent_ReturnsThatError()
    {
        var context = Context(("ada", null));

        var found = context.Find(NumberCollections.UserLines, "ada", NotFound);

        Assert.Same(NotFound, found.Error);
    }

    private static CommandContext Context((string Id, string? Json) document) =>
        new(Admin, DateTimeOffset.UnixEpoch, new TenantSnapshot(
            new Dictionary<(string, string), string?> { [(NumberCollections.UserLines.Name, document.Id)] = document.Json },
            new Dictionary<string, CollectionSnapshot>()));
}
