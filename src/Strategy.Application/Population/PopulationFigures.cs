using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Application.Population;

/// <summary>The current gmina's population figures by year, oldest first: what the API lists and the correction page shows.</summary>
internal static class PopulationFigures
{
    public static async Task<IReadOnlyList<PopulationFigureDto>> ListAsync(IAppDbContext db, CancellationToken ct) =>
        await db.PopulationFigures.AsNoTracking()
            .OrderBy(f => f.Year)
            .Select(f => new PopulationFigureDto(f.Year, f.Residents, f.Source, f.QualityFlag, f.Version))
            .ToListAsync(ct);
}
