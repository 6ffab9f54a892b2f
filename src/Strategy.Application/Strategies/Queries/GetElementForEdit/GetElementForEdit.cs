using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Queries.GetElementForEdit;

/// <summary>An element's editable text and version, for those who may edit it (the edit form).</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetElementForEditQuery(Guid Id) : IQuery<ElementForEditDto>;

public sealed record ElementForEditDto(EditedElementDto Element, Guid StrategyId, string LevelName);

public sealed class GetElementForEditHandler(IAppDbContext db) : IQueryHandler<GetElementForEditQuery, ElementForEditDto>
{
    public async ValueTask<ElementForEditDto> Handle(GetElementForEditQuery query, CancellationToken cancellationToken) =>
        await db.Elements.AsNoTracking()
            .Where(e => e.Id == query.Id)
            .Select(e => new ElementForEditDto(
                new EditedElementDto(e.Id, e.Code, e.Title, e.Statement, e.Narrative, e.Version, e.Funding, e.TimeFrame),
                e.StrategyId,
                db.StrategyLevels.Where(l => l.StrategyId == e.StrategyId && l.Depth == e.Depth).Select(l => l.Name).First()))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("element strategii", query.Id);
}
