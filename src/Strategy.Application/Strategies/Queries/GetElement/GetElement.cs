using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Queries.GetElement;

/// <summary>One element of a strategy: its place in the tree, narrative, institutions, indicators and subtree (for the public: of an adopted strategy only).</summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetElementQuery(Guid Id) : IQuery<ElementDetailDto>;

public sealed record ElementDetailDto(
    Guid StrategyId,
    string StrategyTitle,
    IReadOnlyList<ElementRefDto> Ancestors,
    string? Narrative,
    ElementDto Element,
    int Version,
    bool CanEdit);

public sealed class GetElementHandler(IAppDbContext db, Audience audience, ICurrentUser user) : IQueryHandler<GetElementQuery, ElementDetailDto>
{
    public async ValueTask<ElementDetailDto> Handle(GetElementQuery query, CancellationToken cancellationToken)
    {
        var element = await db.Elements.AsNoTracking()
            .Where(e => e.Id == query.Id)
            .Select(e => new { e.StrategyId, e.Narrative, e.Version })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("element strategii", query.Id);

        var tree = await StrategyTreeReader.ReadAsync(db, element.StrategyId, cancellationToken)
            ?? throw new NotFoundException("strategia", element.StrategyId);

        if (!await audience.MaySeeAsync(tree.Strategy.Status, cancellationToken))
        {
            throw new NotFoundException("element strategii", query.Id);
        }

        if (!tree.ById.ContainsKey(query.Id))
        {
            throw new NotFoundException("element strategii (zarchiwizowany)", query.Id);
        }

        var ancestors = new List<ElementRefDto>();
        for (var parent = tree.ParentOf[query.Id]; parent is { } id; parent = tree.ParentOf[id])
        {
            var p = tree.ById[id];
            ancestors.Insert(0, new ElementRefDto(p.Id, p.Code, p.Title, p.LevelName));
        }

        return new ElementDetailDto(tree.Strategy.Id, tree.Strategy.Title, ancestors, element.Narrative, tree.ById[query.Id], element.Version,
            await CallerPermissions.PersonHasAsync(user, Permission.ManageStrategy, cancellationToken));
    }
}
