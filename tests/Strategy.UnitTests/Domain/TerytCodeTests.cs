using Strategy.Domain.Common;
using Strategy.Domain.Tenancy;

namespace Strategy.UnitTests.Domain;

public sealed class TerytCodeTests
{
    [Theory]
    [InlineData("1203033", MunicipalityKind.UrbanRural, "12")]
    [InlineData("0606011", MunicipalityKind.Urban, "06")]
    [InlineData("0606052", MunicipalityKind.Rural, "06")]
    public void Parses_a_gmina_code_into_voivodeship_and_kind(string value, MunicipalityKind kind, string voivodeship)
    {
        var code = TerytCode.Parse(value);

        Assert.Equal(value, code.Value);
        Assert.Equal(kind, code.Kind);
        Assert.Equal(voivodeship, code.VoivodeshipCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("120303")]
    [InlineData("12030333")]
    [InlineData("12O3033")]
    [InlineData("1203034")] // 4: the town part of an urban-rural gmina, not a gmina
    [InlineData("1465018")] // 8: a district of Warsaw
    [InlineData(null)]
    public void Rejects_what_is_not_a_gmina_code(string? value)
    {
        Assert.False(TerytCode.TryParse(value, out _));
        var error = Assert.Throws<DomainException>(() => TerytCode.Parse(value));
        Assert.Contains("TERYT", error.Message);
    }
}
