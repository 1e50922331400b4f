using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;

namespace ChatPhone.UnitTests.Core.Directory;

public sealed class DirectoryCsvParserTests
{
    private const string Header = DirectoryCsvParser.Header;

    [Fact]
    public void Parse_GoodRows_NormalisesUpnIdAndCountry()
    {
        var file = DirectoryCsvParser.Parse($"{Header}\nAlex.Wilber@Contoso.com, Alex Wilber ,ABC-1,us,Sales,Admin\n").Value;

        var person = Assert.Single(file.Rows).Person;
        Assert.Equal(new Person("abc-1", "alex.wilber@contoso.com", "Alex Wilber", "US", "Sales", Role.Admin), person);
        Assert.Empty(file.Problems);
    }

    [Theory]
    [InlineData("upn,displayName,aadObjectId,usageLocation,department")]
    [InlineData("UPN,displayName,aadObjectId,usageLocation,department,role")]
    [InlineData("displayName,upn,aadObjectId,usageLocation,department,role")]
    [InlineData("")]
    public void Parse_HeaderNotExact_FailsTheWholeFile(string header)
    {
        var result = DirectoryCsvParser.Parse($"{header}\na@b.com,A,1,US,,user\n");

        Assert.Equal("directory.csv.bad_header", result.Error?.Code);
    }

    [Theory]
    [InlineData("not-an-email,A,1,US,,user", "directory.row.malformed_upn")]
    [InlineData("a@localhost,A,1,US,,user", "directory.row.malformed_upn")]
    [InlineData("Alex <a@b.com>,A,1,US,,user", "directory.row.malformed_upn")]
    [InlineData("a@b.com,A,1,US,,owner", "directory.row.unknown_role")]
    [InlineData("a@b.com,A,1,XX,,user", "directory.row.invalid_usage_location")]
    [InlineData("a@b.com,A,1,USA,,user", "directory.row.invalid_usage_location")]
    [InlineData("a@b.com,,1,US,,user", "directory.row.missing_field")]
    [InlineData("a@b.com,A,,US,,user", "directory.row.missing_field")]
    [InlineData("a@b.com,A,1,US,,", "directory.row.missing_field")]
    [InlineData("a@b.com,A,1,US,user", "directory.row.field_count")]
    [InlineData("a@b.com,A,has space,US,,user", "directory.row.invalid_id")]
    public void Parse_BadRow_IsReportedWithItsLineAndReason(string row, string code)
    {
        var file = DirectoryCsvParser.Parse($"{Header}\ngood@b.com,Good,0,FR,,user\n{row}\n").Value;

        var problem = Assert.Single(file.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal(code, problem.Reason.Code);
        Assert.Single(file.Rows);
    }

    [Fact]
    public void Parse_DuplicateIdOrUpn_RejectsTheLaterRowOnly()
    {
        var csv = $"{Header}\na@b.com,A,1,US,,user\nc@b.com,C,1,US,,user\nA@B.com,D,2,US,,user\n";

        var file = DirectoryCsvParser.Parse(csv).Value;

        Assert.Equal(["1"], file.Rows.Select(r => r.Person.AadObjectId));
        Assert.Equal([(3, "directory.row.duplicate_id"), (4, "directory.row.duplicate_upn")],
            file.Problems.Select(p => (p.Line, p.Reason.Code)));
    }

    [Fact]
    public void Parse_EmptyDepartment_IsAllowed()
    {
        var file = DirectoryCsvParser.Parse($"{Header}\na@b.com,A,1,GB,,helpdesk").Value;

        Assert.Equal(Role.Helpdesk, Assert.Single(file.Rows).Person.Role);
    }

    [Fact]
    public void Parse_TooManyRows_FailsTheWholeFile()
    {
        var rows = string.Concat(Enumerable.Range(0, DirectoryCsvParser.MaxRows + 1).Select(i => $"u{i}@b.com,U,{i},US,,user\n"));

        Assert.Equal("directory.csv.too_many_rows", DirectoryCsvParser.Parse(Header + "\n" + rows).Error?.Code);
    }
}
