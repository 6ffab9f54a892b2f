using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Population.Queries.ListPopulationToCorrect;

/// <summary>
/// The population page: the figures by year for those who enter and correct them (the coordinator, the tenant
/// admin). Members who only read see the figures where they are used; for them this answers 403.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record ListPopulationToCorrectQuery : IQuery<IReadOnlyList<PopulationFigureDto>>;

public sealed class ListPopulationToCorrectHandler(IAppDbContext db) : IQueryHandler<ListPopulationToCorrectQuery, IReadOnlyList<PopulationFigureDto>>
{
    public async ValueTask<IReadOnlyList<PopulationFigureDto>> Handle(ListPopulationToCorrectQuery query, CancellationToken cancellationToken) =>
        await PopulationFigures.ListAsync(db, cancellationToken);
}
