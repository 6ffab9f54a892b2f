using Mediator;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Queries.GetStrategy;

/// <summary>A strategy of the current gmina with its whole tree, institutions and indicators.</summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetStrategyQuery(Guid Id) : IQuery<StrategyDetailDto>;

public sealed record StrategyDetailDto(
    Guid Id,
    string Title,
    int? PeriodStart,
    int? PeriodEnd,
    string? AdoptionResolution,
    StrategyStatus Status,
    IReadOnlyList<StrategyLevelDto> Levels,
    IReadOnlyList<ElementDto> Elements);

public sealed class GetStrategyHandler(IAppDbContext db) : IQueryHandler<GetStrategyQuery, StrategyDetailDto>
{
    public async ValueTask<StrategyDetailDto> Handle(GetStrategyQuery query, CancellationToken cancellationToken)
    {
        var tree = await StrategyTreeReader.ReadAsync(db, query.Id, cancellationToken)
            ?? throw new NotFoundException("strategia", query.Id);
        var s = tree.Strategy;
        return new StrategyDetailDto(s.Id, s.Title, s.PeriodStart, s.PeriodEnd, s.AdoptionResolution, s.Status, tree.Levels, tree.Roots);
    }
}
