using ChatPhone.Core.Directory;

namespace ChatPhone.UnitTests.Core.Directory;

public sealed class CsvReaderTests
{
    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndNewlines_KeepsThemInOneField()
    {
        var records = CsvReader.Read("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x,y\n").Value;

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b, c", "say \"hi\""], records[0].Fields);
        Assert.Equal(["multi\nline", "x", "y"], records[1].Fields);
    }

    [Fact]
    public void Read_LineNumbers_CountPhysicalLinesIncludingBlankOnes()
    {
        var records = CsvReader.Read("h1,h2\n\n\"two\nlines\",b\nlast,row").Value;

        Assert.Equal([1, 3, 5], records.Select(r => r.Line));
    }

    [Fact]
    public void Read_ByteOrderMark_IsIgnored()
    {
        var records = CsvReader.Read("\uFEFFupn,role").Value;

        Assert.Equal("upn", records[0].Fields[0]);
    }

    [Fact]
    public void Read_UnterminatedQuote_FailsWithTheStartingLine()
    {
        var result = CsvReader.Read("a,b\n\"open,c\nd");

        Assert.False(result.IsSuccess);
        Assert.Equal("directory.csv.unterminated_quote", result.Error!.Code);
        Assert.Equal(["2"], result.Error.Args);
    }

    [Fact]
    public void Read_TrailingEmptyField_IsKept()
    {
        var records = CsvReader.Read("a,b,\n").Value;

        Assert.Equal(["a", "b", ""], records[0].Fields);
    }
}
