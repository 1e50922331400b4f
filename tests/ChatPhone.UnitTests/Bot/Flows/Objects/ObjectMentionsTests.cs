using ChatPhone.Bot.Flows.Objects;

namespace ChatPhone.UnitTests.Bot.Flows.Objects;

/// <summary>Which existing objects a sentence names: whole words, any case or accents, the longest mention first.</summary>
public sealed class ObjectMentionsTests
{
    private static readonly NamedObject Sales = new("q1", "Sales");
    private static readonly NamedObject SalesEmea = new("q2", "Sales EMEA");
    private static readonly NamedObject Accueil = new("a1", "Accueil Général");
    private static readonly NamedObject Account = new("r1", "Sales line", ["cq-sales@contoso.com"]);

    [Theory]
    [InlineData("show the sales queue", "q1")]
    [InlineData("show the Sales EMEA queue", "q2")]
    [InlineData("montre le standard accueil general", "a1")]
    [InlineData("delete cq-sales@contoso.com.", "r1")]
    [InlineData("supprime « Sales EMEA », merci", "q2")]
    public void Finds_TheObjectNamed(string text, string id) =>
        Assert.Equal([id], ObjectMentions.Find(text, [Sales, SalesEmea, Accueil, Account]).Select(o => o.Id));

    [Theory]
    [InlineData("show the wholesales queue")]
    [InlineData("show the queue")]
    public void PartOfAWord_OrNoName_FindsNothing(string text) =>
        Assert.Empty(ObjectMentions.Find(text, [Sales, SalesEmea, Accueil]));

    [Fact]
    public void TwoObjectsWithTheSameName_AreBothFound() =>
        Assert.Equal(["q1", "x1"], ObjectMentions.Find("remove Sales", [Sales, new NamedObject("x1", "sales")]).Select(o => o.Id));
}
