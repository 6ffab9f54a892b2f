using Strategy.Domain.Common;
using Strategy.Domain.Tenancy;

namespace Strategy.UnitTests.Domain;

public sealed class TenantTests
{
    [Fact]
    public void A_new_tenant_takes_its_kind_from_the_TERYT_code_and_starts_pending()
    {
        var tenant = new Tenant("chrzanow", TerytCode.Parse("1203033"), " Gmina Chrzanów ", "małopolskie");

        Assert.Equal(MunicipalityKind.UrbanRural, tenant.Kind);
        Assert.Equal("Gmina Chrzanów", tenant.Name);
        Assert.Equal(TenantState.Pending, tenant.State);
        tenant.Activate();
        Assert.Equal(TenantState.Active, tenant.State);
    }

    [Theory]
    [InlineData("api")]
    [InlineData("admin")]
    [InlineData("health")]
    [InlineData("openapi")]
    [InlineData("connect")]
    [InlineData("account")]
    [InlineData("css")]
    public void A_reserved_segment_is_never_a_tenant(string identifier)
    {
        var error = Assert.Throws<DomainException>(() => new Tenant(identifier, TerytCode.Parse("1203033"), "Gmina", "małopolskie"));
        Assert.Contains("zarezerwowany", error.Message);
    }

    [Theory]
    [InlineData("Chrzanow")]
    [InlineData("chrzanów")]
    [InlineData("-chrzanow")]
    [InlineData("chrzanow-")]
    [InlineData("c")]
    [InlineData("chrzanow/1")]
    public void Identifiers_are_lowercase_ascii_slugs(string identifier)
    {
        Assert.False(Tenant.IsValidIdentifier(identifier));
        Assert.Throws<DomainException>(() => new Tenant(identifier, TerytCode.Parse("1203033"), "Gmina", "małopolskie"));
    }

    [Theory]
    [InlineData("chrzanow")]
    [InlineData("chrzanow-2")]
    [InlineData("krasnystaw-gmina-wiejska")]
    public void Accepts_well_formed_identifiers(string identifier) => Assert.True(Tenant.IsValidIdentifier(identifier));
}
