using Strategy.Domain.Common;

namespace Strategy.Domain.Strategies;

/// <summary>
/// A body the strategy names — an institution ("Ośrodek Pomocy Społecznej") or a category of them
/// ("Organizacje pozarządowe") — spelt as the gmina's documents spell it. Partner users belong to one.
/// </summary>
public sealed class Institution : TenantOwnedEntity
{
    private Institution()
    {
    }

    public Institution(string name)
    {
        Name = MunicipalStrategyText.Required(name, "Nazwa instytucji jest wymagana.", TextLimits.InstitutionName, "Nazwa instytucji");
    }

    public string Name { get; private set; } = "";

    public void Rename(string name) =>
        Name = MunicipalStrategyText.Required(name, "Nazwa instytucji jest wymagana.", TextLimits.InstitutionName, "Nazwa instytucji");
}
