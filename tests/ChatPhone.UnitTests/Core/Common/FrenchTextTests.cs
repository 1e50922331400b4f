using System.Globalization;
using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Core.Common;

public sealed class FrenchTextTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData("la licence de {0}", "Alex", "la licence d’Alex")]
    [InlineData("le siège de {0}", "Issy-les-Moulineaux", "le siège d’Issy-les-Moulineaux")]
    [InlineData("De {0} à Paris", "Inès", "D’Inès à Paris")]
    [InlineData("ce que {0} a demandé", "Hugo", "ce qu’Hugo a demandé")]
    [InlineData("Europe de {0}", "Ouest", "Europe d’Ouest")]
    [InlineData("le {0}", "Ouest", "l’Ouest")]
    [InlineData("la {0}", "Île-de-France", "l’Île-de-France")]
    [InlineData("de {0}", "Bordeaux", "de Bordeaux")]
    [InlineData("de {0}", "+33 1 23 45 67 89", "de +33 1 23 45 67 89")]
    [InlineData("envoyé à {0}", "le canal Ventes", "envoyé au canal Ventes")]
    [InlineData("envoyé à {0}", "les agents", "envoyé aux agents")]
    [InlineData("la liste de {0}", "le service", "la liste du service")]
    [InlineData("la liste de {0}", "les agents", "la liste des agents")]
    [InlineData("sur {0}", "Alex", "sur Alex")]
    [InlineData("de {0}", "« Alex »", "de « Alex »")]
    [InlineData("la liste de « {0} »", "Alex", "la liste de « Alex »")]
    [InlineData("fermé le {0}", "1 janvier 2027", "fermé le 1er janvier 2027")]
    [InlineData("fermé le {0}", "11 janvier 2027", "fermé le 11 janvier 2027")]
    public void Format_French_ElidesContractsAndWritesTheFirstOfTheMonth(string template, string value, string expected) =>
        Assert.Equal(expected, FrenchText.Format(French, template, [value]));

    [Fact]
    public void Join_ElidesTheWordBeforeAName() =>
        Assert.Equal(["d’Alex", "qu’Inès", "de Marc", "l’Ouest"], [FrenchText.Join("de", "Alex"), FrenchText.Join("que", "Inès"), FrenchText.Join("de", "Marc"), FrenchText.Join("le", "Ouest")]);

    [Fact]
    public void FirstOfMonth_OnlyTouchesTheFirstDay() =>
        Assert.Equal("lundi 1er février, 21 mars, 31 mai", FrenchText.FirstOfMonth("lundi 1 février, 21 mars, 31 mai"));

    [Theory]
    [InlineData(0, true, false)]
    [InlineData(1, true, true)]
    [InlineData(2, false, false)]
    [InlineData(21, false, false)]
    public void IsSingular_FrenchCountsZeroAndOne_EnglishOnlyOne(long count, bool french, bool english) =>
        Assert.Equal((french, english), (Plurals.IsSingular(French, count), Plurals.IsSingular(English, count)));

    [Fact]
    public void Count_IsTheFirstWholeNumber_NotAPhoneNumberNorAName() =>
        Assert.Equal(3, Plurals.Count(["+33123456789", "Alex", "3", 4]));

    [Theory]
    [InlineData(0, "0 étape terminée sur 9.")]
    [InlineData(1, "1 étape terminée sur 9.")]
    [InlineData(2, "2 étapes terminées sur 9.")]
    public void Find_PicksTheSingularForm_WhenTheCountIsSingular(int done, string expected) =>
        Assert.Equal(expected, ChatPhone.Cards.CardText.Table.Find(French, "Checklist_Progress", done, 9));

    [Fact]
    public void Find_InEnglish_KeepsTheTemplateAsItIs() =>
        Assert.Equal("2 of 9 steps done.", ChatPhone.Cards.CardText.Table.Find(English, "Checklist_Progress", 2, 9));
}
