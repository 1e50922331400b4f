using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Flows.Objects.Services;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;

namespace ChatPhone.UnitTests.Core.Directory;

public sealed class UserIdTests
{
    [Theory]
    [InlineData("id-alex", "id-alex")]
    [InlineData(" ID-Alex ", "id-alex")]
    [InlineData("72F988BF-86F1-41AF-91AB-2D7CD011DB47", "72f988bf-86f1-41af-91ab-2d7cd011db47")]
    public void TryCreate_ValidIds_AreTrimmedAndLowerCased(string text, string expected) =>
        Assert.Equal(expected, UserId.TryCreate(text).Value.Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("id alex")]
    [InlineData("id\u0001alex")]
    public void TryCreate_EmptyOrSpacedIds_AreRefused(string? text) =>
        Assert.Equal("directory.invalid_user_id", UserId.TryCreate(text).Error?.Code);

    [Fact]
    public void TryCreate_IdLongerThanTheDirectoryTakes_IsRefused()
    {
        Assert.True(UserId.TryCreate(new string('a', UserId.MaxLength)).IsSuccess);
        Assert.Equal("directory.invalid_user_id", UserId.TryCreate(new string('a', UserId.MaxLength + 1)).Error?.Code);
    }

    [Fact]
    public void Parse_BadId_Throws() => Assert.Throws<FormatException>(() => UserId.Parse("id alex"));

    [Fact]
    public void InvalidUserId_ReadsInEnglishAndFrench()
    {
        var error = UserId.TryCreate("id alex").Error!;

        Assert.Contains("id alex", error.Describe(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("n’est pas un identifiant d’utilisateur valide", error.Describe(CultureInfo.GetCultureInfo("fr")), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_IsThePlainString_BothWays()
    {
        Assert.Equal("\"id-alex\"", JsonSerializer.Serialize(UserId.Parse("ID-Alex")));
        Assert.Equal(UserId.Parse("id-alex"), JsonSerializer.Deserialize<UserId>("\"id-alex\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UserId>("\"id alex\""));
    }

    [Fact]
    public void StoredBridgeEdit_KeepsTheOrganizerIdAsAString()
    {
        var edit = new BridgeEdit { Organizers = [new OrganizerEdit(UserId.Parse("id-alex"), TollNumber: "+12065550100")] };

        var json = edit.Write();

        Assert.Contains("\"UserId\":\"id-alex\"", json, StringComparison.Ordinal);
        Assert.Equal(edit.Organizers, BridgeEdit.Read(json).Organizers);
    }
}
