using Strategy.Domain.Benchmarking;

namespace Strategy.Application.Population;

/// <summary>The gmina's residents in one year, where the figure came from and the version to correct it from.</summary>
public sealed record PopulationFigureDto(int Year, int Residents, ValueSource Source, int? QualityFlag, int Version);
