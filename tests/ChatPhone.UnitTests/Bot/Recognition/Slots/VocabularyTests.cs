using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Core.Licensing;

namespace ChatPhone.UnitTests.Bot.Recognition.Slots;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("buy teams phone resource account licenses")]
    [InlineData("buy 5 teams phone resource account")]
    [InlineData("achete une licence de compte de ressources")]
    [InlineData("two resource account licenses")]
    public void Skus_TheResourceAccountPhrase_WinsOverTheShorterPhrasesItContains(string folded)
    {
        var hit = Assert.Single(Vocabulary.Skus.FindAll(folded));

        Assert.Equal(Sku.ResourceAccount, hit.Value);
    }

    [Fact]
    public void Skus_TeamsPhoneAlone_IsStillPhoneSystem()
    {
        var hits = Vocabulary.Skus.FindAll("buy teams phone and teams phone resource account licenses");

        Assert.Equal([Sku.PhoneSystem, Sku.ResourceAccount], hits.Select(h => h.Value));
    }
}
