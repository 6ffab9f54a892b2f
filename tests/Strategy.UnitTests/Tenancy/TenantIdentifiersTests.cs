using Strategy.Domain.Common;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Tenancy.Register;

namespace Strategy.UnitTests.Tenancy;

public sealed class TenantIdentifiersTests
{
    private static readonly Municipality ChrzanowUrbanRural = Gmina("1203033", "Chrzanów", "chrzanowski");
    private static readonly Municipality ChrzanowRural = Gmina("0605022", "Chrzanów", "janowski");
    private static readonly Municipality KrasnystawRural = Gmina("0606052", "Krasnystaw", "krasnostawski");

    [Theory]
    [InlineData("Łódź", "lodz")]
    [InlineData("Kędzierzyn-Koźle", "kedzierzyn-kozle")]
    [InlineData("Bielsko-Biała", "bielsko-biala")]
    [InlineData("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zazolc-gesla-jazn")]
    [InlineData("  Dobra (Szczecińska) ", "dobra-szczecinska")]
    [InlineData("Gmina  --  Nr 2", "gmina-nr-2")]
    [InlineData("Ørsted", "rsted")]
    [InlineData("—", "")]
    public void Slugify_makes_lowercase_ascii_slugs(string text, string slug) =>
        Assert.Equal(slug, TenantIdentifiers.Slugify(text));

    [Fact]
    public void Slugify_cuts_to_63_characters_without_a_trailing_hyphen()
    {
        var slug = TenantIdentifiers.Slugify(new string('a', 62) + " bcd");

        Assert.Equal(new string('a', 62), slug);
    }

    [Fact]
    public void Suggest_gives_the_bare_name_when_it_is_free() =>
        Assert.Equal("chrzanow", TenantIdentifiers.Suggest(ChrzanowUrbanRural, _ => false));

    [Fact]
    public void The_second_Chrzanow_is_told_apart_by_its_kind()
    {
        Assert.Equal("chrzanow-gmina-wiejska", TenantIdentifiers.Suggest(ChrzanowRural, id => id == "chrzanow"));
        Assert.Equal("chrzanow-gmina", TenantIdentifiers.Suggest(ChrzanowUrbanRural, id => id == "chrzanow"));
    }

    [Fact]
    public void Suggest_tries_the_powiat_then_kind_and_powiat()
    {
        HashSet<string> taken = ["krasnystaw", "krasnystaw-gmina-wiejska"];
        Assert.Equal("krasnystaw-krasnostawski", TenantIdentifiers.Suggest(KrasnystawRural, taken.Contains));

        taken.Add("krasnystaw-krasnostawski");
        Assert.Equal("krasnystaw-gmina-wiejska-krasnostawski", TenantIdentifiers.Suggest(KrasnystawRural, taken.Contains));
    }

    [Fact]
    public void Suggest_numbers_the_name_when_every_named_candidate_is_taken()
    {
        HashSet<string> taken = ["chrzanow", "chrzanow-gmina", "chrzanow-chrzanowski", "chrzanow-gmina-chrzanowski", "chrzanow-2"];

        Assert.Equal("chrzanow-3", TenantIdentifiers.Suggest(ChrzanowUrbanRural, taken.Contains));
    }

    [Fact]
    public void A_numbered_long_name_stays_within_63_characters()
    {
        var gmina = Gmina("1203033", new string('a', 70), "chrzanowski");
        var named = TenantIdentifiers.Slugify(gmina.Name);

        var suggested = TenantIdentifiers.Suggest(gmina, id => id.StartsWith(named, StringComparison.Ordinal));

        Assert.Equal(new string('a', 61) + "-2", suggested);
        Assert.True(Tenant.IsValidIdentifier(suggested));
    }

    public static TheoryData<string> ReservedSegments => new(Tenant.ReservedSegments);

    [Theory]
    [MemberData(nameof(ReservedSegments))]
    public void Suggest_never_returns_a_reserved_segment(string segment)
    {
        var suggested = TenantIdentifiers.Suggest(Gmina("1203031", segment, segment), _ => false);

        Assert.DoesNotContain(suggested, Tenant.ReservedSegments);
        Assert.True(Tenant.IsValidIdentifier(suggested));
    }

    [Fact]
    public void A_gmina_named_Api_gets_the_kind_word() =>
        Assert.Equal("api-miasto", TenantIdentifiers.Suggest(Gmina("1203031", "Api", "api"), _ => false));

    [Fact]
    public void A_name_without_letters_or_digits_has_no_identifier() =>
        Assert.Throws<DomainException>(() => TenantIdentifiers.Suggest(Gmina("1203031", "—", "chrzanowski"), _ => false));

    [Fact]
    public void Every_gmina_of_the_register_onboarded_in_turn_gets_its_own_valid_identifier()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);

        foreach (var gmina in new MunicipalityRegister().All)
        {
            var identifier = TenantIdentifiers.Suggest(gmina, taken.Contains);

            Assert.True(Tenant.IsValidIdentifier(identifier), identifier);
            Assert.True(taken.Add(identifier), identifier);
        }

        Assert.Equal(2477, taken.Count);
    }

    private static Municipality Gmina(string code, string name, string powiat)
    {
        var teryt = TerytCode.Parse(code);
        return new Municipality(teryt, name, teryt.Kind, powiat, "małopolskie");
    }
}
