namespace Strategy.Domain.Strategies;

public enum InstitutionRole
{
    /// <summary>Realizacja/koordynacja.</summary>
    Coordinator = 1,

    /// <summary>Podmioty zaangażowane/partnerzy.</summary>
    Partner = 2,

    /// <summary>Realizatorzy.</summary>
    Implementer = 3,
}
