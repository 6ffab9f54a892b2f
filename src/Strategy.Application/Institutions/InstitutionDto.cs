namespace Strategy.Application.Institutions;

public sealed record InstitutionDto(Guid Id, string Name);
