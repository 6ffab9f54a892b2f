namespace Strategy.Domain.Tenancy;

/// <summary>Gmina miejska / wiejska / miejsko-wiejska, as the TERC type digit says.</summary>
public enum MunicipalityKind
{
    Urban = 1,
    Rural = 2,
    UrbanRural = 3,
}
