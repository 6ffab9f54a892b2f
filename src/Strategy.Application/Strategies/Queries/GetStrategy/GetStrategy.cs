using Strategy.Application.Common.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Queries.GetStrategy;

/// <summary>
/// A strategy of the current gmina with its whole tree, institutions and indicators. The public reads
/// only an adopted strategy (any other answers 404) and not the list of archived elements.
/// </summary>
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
    IReadOnlyList<ElementDto> Elements,
    IReadOnlyList<ArchivedElementDto> Archived)
{
    /// <summary>Whether the caller may change the strategy; decided per request, outside the shared cached tree.</summary>
    public bool CanEdit { get; init; }
}

/// <summary>An archived element, kept with its data, to restore; <see cref="Version"/> is what the restore starts from.</summary>
public sealed record ArchivedElementDto(Guid Id, string Code, string Title, string LevelName, string? ParentCode, DateTimeOffset ArchivedAt, int Indicators, int Version);

/// <remarks>
/// Built once per version of the gmina's data and audience (<see cref="ITenantDataCache"/>, ADR 0017):
/// the whole tree is the largest read of any page, and read far more often than it changes.
/// </remarks>
public sealed class GetStrategyHandler(IAppDbContext db, Audience audience, ITenantDataCache cache, ICurrentUser user) : IQueryHandler<GetStrategyQuery, StrategyDetailDto>
{
    public async ValueTask<StrategyDetailDto> Handle(GetStrategyQuery query, CancellationToken cancellationToken)
    {
        var members = await audience.IsMemberAsync(cancellationToken);
        var detail = await cache.GetOrBuildAsync($"strategy/{query.Id}/{await audience.NameAsync(cancellationToken)}", ct => BuildAsync(query.Id, members, ct), cancellationToken);
        if (!await audience.MaySeeAsync(detail.Status, cancellationToken))
        {
            throw new NotFoundException("strategia", query.Id);
        }

        return detail with { CanEdit = await CallerPermissions.PersonHasAsync(user, Permission.ManageStrategy, cancellationToken) };
    }

    private async Task<StrategyDetailDto> BuildAsync(Guid id, bool members, CancellationToken cancellationToken)
    {
        var tree = await StrategyTreeReader.ReadAsync(db, id, cancellationToken) ?? throw new NotFoundException("strategia", id);
        var s = tree.Strategy;
        var codeOf = tree.All.ToDictionary(e => e.Id, e => e.Code);
        var archived = !members ? [] : tree.All
            .Where(e => e.ArchivedAt is not null)
            .Select(e => new
            {
                e.Id,
                e.Code,
                e.Title,
                e.Depth,
                ParentCode = e.ParentId is { } parent ? codeOf.GetValueOrDefault(parent) : null,
                ArchivedAt = e.ArchivedAt!.Value,
                Indicators = tree.IndicatorCounts.GetValueOrDefault(e.Id),
                e.Version,
            })
            .ToList();
        var levelName = tree.Levels.ToDictionary(l => l.Depth, l => l.Name);
        return new StrategyDetailDto(s.Id, s.Title, s.PeriodStart, s.PeriodEnd, s.AdoptionResolution, s.Status, tree.Levels, tree.Roots,
            archived
                .OrderBy(a => a.Depth).ThenBy(a => a.Code, ElementCodeComparer.Instance)
                .Select(a => new ArchivedElementDto(a.Id, a.Code, a.Title, levelName.GetValueOrDefault(a.Depth, ""), a.ParentCode, a.ArchivedAt, a.Indicators, a.Version))
                .ToList());
    }
}
