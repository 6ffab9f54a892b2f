using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Application.Institutions;

/// <summary>The gmina's institutions in Polish alphabetical order: the API's list and the element page's choice to link.</summary>
public static class InstitutionList
{
    private static readonly StringComparer Polish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);

    public static async Task<IReadOnlyList<InstitutionDto>> ReadAsync(IAppDbContext db, CancellationToken ct) =>
        (await db.Institutions.AsNoTracking().Select(i => new InstitutionDto(i.Id, i.Name)).ToListAsync(ct)).OrderBy(i => i.Name, Polish).ToList();
}
