using Strategy.Testing;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Import;
using Strategy.Domain.Common;
using Strategy.Infrastructure.Seeding;

namespace Strategy.UnitTests.Import;

public sealed class StrategyDocumentParserTests
{
    private const string ChrzanowTitle = "Strategia Rozwiązywania Problemów Społecznych Gminy Chrzanów";

    [Fact]
    public void Seed_000_gives_the_built_in_Chrzanow_model()
    {
        // The document states neither its title nor its adoption, so the caller supplies both.
        var parsed = StrategyDocumentParser.Parse(SeedDocuments.Read(SeedDocuments.Chrzanow), ChrzanowTitle, status: "adopted");

        Assert.Equal(Comparable(BuiltInModels.Default.Load(BuiltInModels.Chrzanow)), Comparable(parsed.Model));
        StrategyModelImporter.Import(parsed.Model, []);
    }

    [Fact]
    public void Seed_003_gives_the_built_in_Krasnystaw_model()
    {
        var parsed = StrategyDocumentParser.Parse(SeedDocuments.Read(SeedDocuments.Krasnystaw));

        Assert.Equal(Comparable(BuiltInModels.Default.Load(BuiltInModels.Krasnystaw)), Comparable(parsed.Model));
        Assert.Empty(parsed.Warnings);
        StrategyModelImporter.Import(parsed.Model, []);
    }

    [Fact]
    public void Seed_003_title_period_resolution_and_adoption_come_from_the_report_text()
    {
        var model = StrategyDocumentParser.Parse(SeedDocuments.Read(SeedDocuments.Krasnystaw)).Model;

        Assert.Equal("Gminna Strategia Rozwiązywania Problemów Społecznych dla Miasta Krasnostaw na lata 2014 - 2020", model.Title);
        Assert.Equal((2014, 2020), (model.PeriodStart, model.PeriodEnd));
        Assert.Equal("Uchwała nr IV/13/2014 Rady Miasta Krasnostaw", model.AdoptionResolution);
        Assert.Equal("adopted", model.Status);
        Assert.Equal(StrategyDocumentParser.ImportedSource, model.Source);
    }

    [Fact]
    public void Seed_000_warns_only_about_the_two_goals_named_differently_in_the_overview()
    {
        var parsed = StrategyDocumentParser.Parse(SeedDocuments.Read(SeedDocuments.Chrzanow));

        Assert.Collection(
            parsed.Warnings,
            w =>
            {
                Assert.Equal(287, w.Line);
                Assert.Contains("6.1", w.Message);
                Assert.Contains("wiersz 8", w.Message);
                Assert.Contains("„Profesjonalizacja pomocy społecznej.”", w.Message);
            },
            w =>
            {
                Assert.Equal(297, w.Line);
                Assert.Contains("6.2", w.Message);
                Assert.Contains("wiersz 8", w.Message);
            });

        // The detailed wording wins.
        var model = parsed.Model;
        Assert.Equal("Profesjonalizacja i integracja działań w ramach pomocy społecznej.", model.Elements[5].Children![0].Title);
        Assert.Equal("Rozwój aktywności obywatelskiej i społecznej", model.Elements[5].Children![1].Title);
    }

    [Fact]
    public void Without_a_title_the_default_one_is_used_and_nothing_is_marked_adopted()
    {
        var model = StrategyDocumentParser.Parse(SeedDocuments.Read(SeedDocuments.Chrzanow)).Model;

        Assert.Equal("Strategia rozwiązywania problemów społecznych", model.Title);
        Assert.Null(model.Status);
        Assert.Null(model.AdoptionResolution);
    }

    [Fact]
    public void Numbering_that_restarts_at_each_level_builds_the_tree_from_the_headings()
    {
        const string text = """
            Cel strategiczny 1. Wsparcie rodziny
            Cele operacyjne
            1. Pomoc rodzinom w kryzysie.
            2. Promocja wartości rodziny.
            Kierunki działań do celu operacyjnego 1.
            1. Praca socjalna z rodzinami.
            2. Asystent rodziny.
            Kierunki działań do celu operacyjnego 2.
            1. Kampanie społeczne.

            Cel strategiczny 2. Aktywni seniorzy
            Cele operacyjne
            1. Oferta kulturalna dla seniorów.
            Kierunki działań do celu operacyjnego 1.
            1. Zajęcia w domu kultury.
            Realizatorzy	Urząd Miasta, Dom Kultury.
            """;

        var parsed = StrategyDocumentParser.Parse(text);

        Assert.Equal(["Cel strategiczny", "Cel operacyjny", "Kierunek działań"], parsed.Model.Levels);
        Assert.Equal(
            [
                "1 Wsparcie rodziny",
                "  1 Pomoc rodzinom w kryzysie.",
                "    1 Praca socjalna z rodzinami.",
                "    2 Asystent rodziny.",
                "  2 Promocja wartości rodziny.",
                "    1 Kampanie społeczne.",
                "2 Aktywni seniorzy",
                "  1 Oferta kulturalna dla seniorów.",
                "    1 Zajęcia w domu kultury.",
            ],
            Outline(parsed.Model.Elements, ""));
        Assert.Equal(["Urząd Miasta", "Dom Kultury"], parsed.Model.Elements[1].Implementers);
        Assert.Empty(parsed.Warnings);
        StrategyModelImporter.Import(parsed.Model, []);
    }

    [Fact]
    public void Institution_cells_split_on_commas_but_keep_names_that_contain_them()
    {
        var names = InstitutionList.Split(
            "<p>Urząd Miejski, Miejski Ośrodek Kultury, Sportu i Rekreacji i inne instytucje kultury, " +
            "Organizacje senioralne, w tym Uniwersytet III Wieku, Sąsiednie samorzady (m.in. Jaworzno, Dąbrowa Górnicza), " +
            "Najemcy lokali gminnych, jak i właściciele lokali,</p> <p>Szkoly i placowki oswiatowe.</p>");

        Assert.Equal(
            [
                "Urząd Miejski",
                "Miejski Ośrodek Kultury, Sportu i Rekreacji i inne instytucje kultury",
                "Organizacje senioralne, w tym Uniwersytet III Wieku",
                "Sąsiednie samorzady (m.in. Jaworzno, Dąbrowa Górnicza)",
                "Najemcy lokali gminnych, jak i właściciele lokali",
                "Szkoly i placowki oswiatowe",
            ],
            names);
    }

    [Fact]
    public void Html_in_cells_is_stripped_and_entities_decoded()
    {
        Assert.Equal("Pierwsze zdanie. Park&Ride „x” <b>", HtmlText.Clean("<p><i>Pierwsze&nbsp;zdanie.</i></p>\t<p>Park&amp;Ride „x” &lt;b&gt;</p>"));

        const string text = """
            1.1 Wsparcie rodzin.	<ul style="list-style-type: none"> • Liczba rodzin objętych pracą socjalną – dane Ośrodka Pomocy Społecznej; • Liczba porad – dane <i>Poradni</i>.</ul>
            <p>Strategia postępowania</p> <p><i>Pierwszy&nbsp;akapit.</i></p> <p>Drugi <b>akapit</b>.</p>
            Kluczowe zadania i projekty	Realizacja/koordynacja	Podmioty zaangażowane/partnerzy
            <p>1.1.1 Praca socjalna.</p>	<p>Ośrodek Pomocy Społecznej</p>	<p>Organizacje pozarządowe, Media</p>
            """;

        var goal = StrategyDocumentParser.Parse(text).Model.Elements[0].Children![0];

        Assert.Equal("Wsparcie rodzin.", goal.Title);
        Assert.Equal("Pierwszy akapit.\n\nDrugi akapit.", goal.Narrative);
        Assert.Equal(
            [new IndicatorModel("Liczba rodzin objętych pracą socjalną", DataSource: "dane Ośrodka Pomocy Społecznej"), new IndicatorModel("Liczba porad", DataSource: "dane Poradni")],
            goal.Indicators!);
        var task = Assert.Single(goal.Children!);
        Assert.Equal(("1.1.1", "Praca socjalna."), (task.Code, task.Title));
        Assert.Equal(["Ośrodek Pomocy Społecznej"], task.Coordinators);
        Assert.Equal(["Organizacje pozarządowe", "Media"], task.Partners);
    }

    [Fact]
    public void Cut_rows_duplicate_codes_and_missing_titles_are_warned_about_with_their_lines()
    {
        const string text = """
            1.1 Cel.
            Kluczowe zadania i projekty	Realizacja/koordynacja	Podmioty zaangażowane/partnerzy
            1.1.1 Pierwsze zadanie.	Urząd Miejski	Media
            ...riery zawodowej młodych ludzi.	Urząd Miejski	Media
            1.1.2 Drugie zadanie.	Urząd Miejski
            1.1.2 Powtórzone zadanie.	Urząd Miejski	Media
            1.1.3		Urząd Miejski	Media
            """;

        var parsed = StrategyDocumentParser.Parse(text);

        Assert.Equal([1, 4, 5, 6, 7], parsed.Warnings.Select(w => w.Line));
        Assert.Contains("Element 1 nie ma tytułu", parsed.Warnings[0].Message);
        Assert.Contains("ucięty", parsed.Warnings[1].Message);
        Assert.Contains("1.1.2", parsed.Warnings[2].Message);
        Assert.Contains("ucięty", parsed.Warnings[2].Message);
        Assert.Contains("Kod 1.1.2 występuje ponownie", parsed.Warnings[3].Message);
        Assert.Contains("Element 1.1.3 nie ma tytułu", parsed.Warnings[4].Message);

        var goal = parsed.Model.Elements[0].Children![0];
        Assert.Equal(["1.1.1", "1.1.2", "1.1.3"], goal.Children!.Select(c => c.Code));
        Assert.Equal("Drugie zadanie.", goal.Children![1].Title);
        Assert.Null(goal.Children![1].Partners);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nSed do eiusmod tempor.")]
    public void Text_without_a_recognisable_structure_is_refused(string text)
    {
        var error = Assert.Throws<DomainException>(() => StrategyDocumentParser.Parse(text));

        Assert.StartsWith("Nie rozpoznano struktury strategii: ", error.Message);
    }

    // Source is ignored; writing, reading and writing again makes 836 and 836.0 the same number.
    private static string Comparable(StrategyModel model) =>
        StrategyModelJson.Write(StrategyModelJson.Parse(StrategyModelJson.Write(model with { Source = null })));

    private static List<string> Outline(IEnumerable<ElementModel>? elements, string indent) =>
        (elements ?? []).SelectMany(e => Outline(e.Children, indent + "  ").Prepend($"{indent}{e.Code} {e.Title}")).ToList();
}
