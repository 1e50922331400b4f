using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;

namespace ChatPhone.UnitTests.Core.Directory;

public sealed class ImportDiffTests
{
    private static readonly Person Alex = new("1", "alex@contoso.com", "Alex", "US", "Sales", Role.User);

    [Fact]
    public void Compute_SortsRowsIntoNewUpdatedAndUnchanged()
    {
        var sam = new Person("2", "sam@contoso.com", "Sam", "US", "", Role.User);
        var lucas = new Person("3", "lucas@contoso.com", "Lucas", "FR", "", Role.User);
        var existing = new Dictionary<string, Person> { ["1"] = Alex, ["2"] = sam };
        var owners = new Dictionary<string, string> { [Alex.Upn] = "1", [sam.Upn] = "2" };
        ImportRow[] rows = [new(2, Alex), new(3, sam with { Department = "Support" }), new(4, lucas)];

        var diff = ImportDiff.Compute(rows, existing, owners);

        Assert.Equal((1, 1, 1), (diff.New, diff.Updated, diff.Unchanged));
        Assert.Contains(diff.Changes, c => c.Before == sam && c.After.Department == "Support");
        Assert.Empty(diff.Problems);
    }

    [Fact]
    public void Compute_UpnOwnedBySomeoneElse_IsAProblemNotAChange()
    {
        var owners = new Dictionary<string, string> { [Alex.Upn] = "other-id" };

        var diff = ImportDiff.Compute([new ImportRow(7, Alex)], new Dictionary<string, Person>(), owners);

        Assert.Empty(diff.Changes);
        Assert.Equal((7, "directory.row.upn_taken"), (diff.Problems[0].Line, diff.Problems[0].Reason.Code));
    }
}
