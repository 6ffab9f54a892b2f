using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Population.Queries.ListPopulation;

/// <summary>
/// The current gmina's population figures by year, oldest first, each with its source (entered by a
/// person or fetched from GUS BDL) and BDL's quality flag. The gmina's own working data: not public.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
[MembersOnly]
public sealed record ListPopulationQuery : IQuery<IReadOnlyList<PopulationFigureDto>>;

public sealed class ListPopulationHandler(IAppDbContext db) : IQueryHandler<ListPopulationQuery, IReadOnlyList<PopulationFigureDto>>
{
    public async ValueTask<IReadOnlyList<PopulationFigureDto>> Handle(ListPopulationQuery query, CancellationToken cancellationToken) =>
        await PopulationFigures.ListAsync(db, cancellationToken);
}
