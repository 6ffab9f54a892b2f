namespace Strategy.Domain.Tenancy;

/// <summary>
/// A gmina as the TERC register lists it. Reference data, not a tenant: a gmina exists here
/// whether or not it is on the platform. Powiat and voivodeship are as GUS writes them.
/// </summary>
public sealed record Municipality(TerytCode Code, string Name, MunicipalityKind Kind, string Powiat, string Voivodeship);
