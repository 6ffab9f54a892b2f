using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Tenancy.Register;

namespace Strategy.UnitTests.Tenancy;

public sealed class MunicipalityRegisterTests
{
    private const string Header = "terc,woj_code,pow_code,gmina_code6,rodz,name,type,nazwa_dod,powiat,powiat_type,wojewodztwo,stan_na";
    private const string ChrzanowRow = "1203033,12,1203,120303,3,Chrzanów,miejsko-wiejska,gmina miejsko-wiejska,chrzanowski,powiat,małopolskie,2024-01-01";

    private static readonly MunicipalityRegister Register = new();

    [Fact]
    public void Holds_every_gmina_of_the_TERC_register_once()
    {
        Assert.Equal(2477, Register.All.Count);
        Assert.Equal(2477, Register.All.Select(m => m.Code).Distinct().Count());
        Assert.Equal(302, Register.All.Count(m => m.Kind == MunicipalityKind.Urban));
        Assert.Equal(1464, Register.All.Count(m => m.Kind == MunicipalityKind.Rural));
        Assert.Equal(711, Register.All.Count(m => m.Kind == MunicipalityKind.UrbanRural));
    }

    [Theory]
    [InlineData("1203033", "Chrzanów", MunicipalityKind.UrbanRural, "chrzanowski", "małopolskie")]
    [InlineData("0605022", "Chrzanów", MunicipalityKind.Rural, "janowski", "lubelskie")]
    [InlineData("0606011", "Krasnystaw", MunicipalityKind.Urban, "krasnostawski", "lubelskie")]
    [InlineData("0606052", "Krasnystaw", MunicipalityKind.Rural, "krasnostawski", "lubelskie")]
    [InlineData("1061011", "Łódź", MunicipalityKind.Urban, "Łódź", "łódzkie")]
    [InlineData("1465011", "Warszawa", MunicipalityKind.Urban, "Warszawa", "mazowieckie")] // its row has quoted fields with commas
    public void Finds_a_gmina_by_its_TERC_code(string code, string name, MunicipalityKind kind, string powiat, string voivodeship)
    {
        var gmina = Register.Find(TerytCode.Parse(code));

        Assert.Equal(new Municipality(TerytCode.Parse(code), name, kind, powiat, voivodeship), gmina);
    }

    [Fact]
    public void Finds_nothing_for_a_well_formed_code_that_is_not_in_the_register() =>
        Assert.Null(Register.Find(TerytCode.Parse("1203063")));

    [Fact]
    public void Search_lists_name_prefix_matches_in_Polish_order_then_by_code()
    {
        var found = Register.Search("chrza", 10);

        Assert.Equal(["0605022", "1203033", "1609012"], found.Select(m => m.Code.Value));
        Assert.Equal(["Chrzanów", "Chrzanów", "Chrząstowice"], found.Select(m => m.Name));
    }

    [Theory]
    [InlineData("chrzanow", "Chrzanów")]
    [InlineData("CHRZANÓW", "Chrzanów")]
    [InlineData("lodz", "Łódź")]
    [InlineData("ŁÓDŹ", "Łódź")]
    [InlineData("bielsko biala", "Bielsko-Biała")]
    [InlineData("  kędzierzyn-koźle ", "Kędzierzyn-Koźle")]
    public void Search_ignores_case_diacritics_and_punctuation(string query, string name) =>
        Assert.Equal(name, Register.Search(query, 10)[0].Name);

    [Fact]
    public void Search_lists_prefix_matches_before_matches_inside_the_name()
    {
        var found = Register.Search("lodz", 50);

        Assert.Equal(
            ["Łódź", "Aleksandrów Łódzki", "Bystrzyca Kłodzka", "Inowłódz", "Kłodzko", "Kłodzko", "Konstantynów Łódzki", "Lewin Kłodzki", "Młodzieszyn"],
            found.Select(m => m.Name));
    }

    [Fact]
    public void Search_with_digits_finds_TERC_code_prefixes()
    {
        var found = Register.Search("1203", 50);

        Assert.Equal(["Alwernia", "Babice", "Chrzanów", "Libiąż", "Trzebinia"], found.Select(m => m.Name));
        Assert.All(found, m => Assert.Equal("chrzanowski", m.Powiat));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--")]
    public void Search_without_letters_or_digits_finds_nothing(string query) => Assert.Empty(Register.Search(query, 10));

    [Theory]
    [InlineData(-5, 1)]
    [InlineData(0, 1)]
    [InlineData(7, 7)]
    [InlineData(1000, 50)]
    public void Search_clamps_the_limit_to_between_1_and_50(int limit, int count) =>
        Assert.Equal(count, Register.Search("a", limit).Count);

    [Theory]
    [InlineData("1203033", new[] { "0605022", "1203033" })]
    [InlineData("0606052", new[] { "0606011", "0606052" })]
    [InlineData("1061011", new[] { "1061011" })]
    public void WithSameName_lists_every_namesake_including_itself_by_code(string code, string[] namesakes)
    {
        var gmina = Register.Find(TerytCode.Parse(code))!;

        Assert.Equal(namesakes, Register.WithSameName(gmina).Select(m => m.Code.Value));
    }

    [Fact]
    public void Reads_quoted_fields_with_commas_and_doubled_quotes()
    {
        var csv = Header + "\r\n" + "1203033,12,1203,120303,3,\"Chrzanów \"\"Nowy\"\", gmina\",\"a, b\",\"\",chrzanowski,powiat,małopolskie,2024-01-01\r\n";

        var register = MunicipalityRegister.FromCsv(new StringReader(csv));

        Assert.Equal("Chrzanów \"Nowy\", gmina", Assert.Single(register.All).Name);
    }

    [Theory]
    [InlineData("1203033,12,1203,120303,3,Chrzanów,miejsko-wiejska,gmina miejsko-wiejska,chrzanowski,powiat,małopolskie")]
    [InlineData("1203034,12,1203,120303,4,Chrzanów,miasto,miasto,chrzanowski,powiat,małopolskie,2024-01-01")]
    [InlineData("1203033,12,1203,120303,3,\"Chrzanów,miejsko-wiejska,gmina miejsko-wiejska,chrzanowski,powiat,małopolskie,2024-01-01")]
    [InlineData("1203033,12,1203,120303,3,\"Chrzanów\"x,miejsko-wiejska,gmina miejsko-wiejska,chrzanowski,powiat,małopolskie,2024-01-01")]
    [InlineData("1203033,12,1203,120303,3,,miejsko-wiejska,gmina miejsko-wiejska,chrzanowski,powiat,małopolskie,2024-01-01")]
    [InlineData(ChrzanowRow)] // the same code twice
    [InlineData("")]
    public void A_corrupt_row_is_reported_with_its_line_number(string row)
    {
        var csv = string.Join("\r\n", Header, ChrzanowRow, row, ChrzanowRow);

        var error = Assert.Throws<InvalidDataException>(() => MunicipalityRegister.FromCsv(new StringReader(csv)));
        Assert.Contains("line 3", error.Message);
    }
}
