using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Core.Common;

public sealed class IdempotencyKeyAndFoldingTests
{
    [Fact]
    public void For_IsStablePerStep_AndDiffersBetweenSteps()
    {
        var key = IdempotencyKey.TryCreate("card-1").Value;

        Assert.Equal(key.For("create"), key.For("create"));
        Assert.NotEqual(key.For("create"), key.For("license"));
        Assert.Equal("card-1:create", key.For("create").Value);
    }

    [Fact]
    public void For_ALongKey_StaysWithinTheLimit_AndStable()
    {
        var key = IdempotencyKey.TryCreate(new string('k', IdempotencyKey.MaxLength)).Value;

        Assert.InRange(key.For("org:someone").Value.Length, 1, IdempotencyKey.MaxLength);
        Assert.Equal(key.For("org:someone"), key.For("org:someone"));
        Assert.NotEqual(key.For("org:a"), key.For("org:b"));
    }

    [Theory]
    [InlineData("  Chloé DUBOIS ", "chloe dubois")]
    [InlineData("États-Unis", "etats-unis")]
    public void Fold_DropsCaseAccentsAndOuterSpaces(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    // Found by fuzzing (R4): normalizing half a surrogate pair throws.
    [Fact]
    public void Fold_LoneSurrogatesAndEmoji_AreKeptOrReplaced_NeverThrow()
    {
        Assert.Equal("chloe \uFFFD x \uFFFD", TextFolding.Fold("Chloé \ud800 x \udfff"));
        Assert.Equal("sales 👍", TextFolding.Fold("Sales 👍"));
        Assert.Equal("a\uFFFDb", TextFolding.WellFormed("a\udc00b"));
        Assert.Equal("👍", TextFolding.WellFormed("👍"));
    }
}
