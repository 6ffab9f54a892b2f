using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Strategies;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Commands.CreateStrategy;

/// <summary>
/// A new, empty strategy of the gmina: title, period, adoption resolution and the names of its
/// levels, top first. Elements are added afterwards (or the strategy is imported from a file).
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record CreateStrategyCommand(string Title, int? PeriodStart, int? PeriodEnd, string? AdoptionResolution, IReadOnlyList<string> LevelNames) : ICommand<StrategySummaryDto>;

/// <summary>What the new-strategy form starts from: the level names of the gmina's newest strategy, or a common shape.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetNewStrategyDefaultsQuery : IQuery<IReadOnlyList<string>>;

public sealed class CreateStrategyHandler(IAppDbContext db, IAuditLog audit, ITenantContext tenant) :
    ICommandHandler<CreateStrategyCommand, StrategySummaryDto>,
    IQueryHandler<GetNewStrategyDefaultsQuery, IReadOnlyList<string>>
{
    public static readonly IReadOnlyList<string> CommonLevels = ["Cel strategiczny", "Cel operacyjny", "Kierunek działań"];

    public async ValueTask<StrategySummaryDto> Handle(CreateStrategyCommand command, CancellationToken cancellationToken)
    {
        var strategy = new MunicipalStrategy(command.Title, command.PeriodStart, command.PeriodEnd, command.AdoptionResolution,
            command.LevelNames.Where(n => !string.IsNullOrWhiteSpace(n)));
        db.Strategies.Add(strategy);
        audit.Record(AuditActions.StrategyCreated, tenant.Current?.Id, $"{strategy.Title} ({strategy.PeriodStart}–{strategy.PeriodEnd}), poziomy: {string.Join(" → ", strategy.Levels.Select(l => l.Name))}");
        await db.SaveChangesAsync(cancellationToken);
        return new StrategySummaryDto(strategy.Id, strategy.Title, strategy.PeriodStart, strategy.PeriodEnd, strategy.Status);
    }

    public async ValueTask<IReadOnlyList<string>> Handle(GetNewStrategyDefaultsQuery query, CancellationToken cancellationToken)
    {
        var newest = await db.Strategies.AsNoTracking().OrderByDescending(s => s.PeriodStart).ThenByDescending(s => s.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        var levels = newest is { } id
            ? await db.StrategyLevels.AsNoTracking().Where(l => l.StrategyId == id).OrderBy(l => l.Depth).Select(l => l.Name).ToListAsync(cancellationToken)
            : [];
        return levels.Count > 0 ? levels : CommonLevels;
    }
}
