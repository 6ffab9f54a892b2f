using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Indicators.Queries.GetIndicator;

/// <summary>
/// An indicator with its approved values by year, the history of its values, and where it hangs in
/// its strategy. The history (partners' drafts, submissions, returns) is the gmina's own: for the
/// public it is null, and an indicator of a strategy that is not adopted, or of an archived element, answers it 404.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetIndicatorQuery(Guid Id) : IQuery<IndicatorDetailDto>;

public sealed record IndicatorDetailDto(
    Guid Id,
    string Name,
    string? Unit,
    string? DataSource,
    string? Supplier,
    Domain.Indicators.IndicatorDirection Direction,
    YearValueDto? Baseline,
    YearValueDto? Target,
    IReadOnlyList<MeasurementDto> Measurements,
    Guid StrategyId,
    string StrategyTitle,
    ElementRefDto Element,
    IReadOnlyList<IndicatorChangeDto>? History,
    string? BenchmarkMetricCode,
    string? BenchmarkMetricName,
    int Version,
    bool CanEdit);

/// <summary>
/// Who did what to which year's value, when: from what to what (values, not text), with the coordinator's comment.
/// <see cref="By"/> is the account's name as it is now; "konto usunięte" once the account is gone.
/// </summary>
public sealed record IndicatorChangeDto(int Year, Domain.Monitoring.ChangeKind Kind, ReportedValueDto? OldValue, ReportedValueDto? NewValue, string? Comment, string By, DateTimeOffset At);

public sealed class GetIndicatorHandler(IAppDbContext db, Audience audience, IIdentityService identity, ICurrentUser user) : IQueryHandler<GetIndicatorQuery, IndicatorDetailDto>
{
    public async ValueTask<IndicatorDetailDto> Handle(GetIndicatorQuery query, CancellationToken cancellationToken)
    {
        var place = await (
            from i in db.Indicators.AsNoTracking()
            join e in db.Elements on i.ElementId equals e.Id
            join s in db.Strategies on e.StrategyId equals s.Id
            join l in db.StrategyLevels on new { s.Id, e.Depth } equals new { Id = l.StrategyId, l.Depth }
            join m in db.BenchmarkMetrics on i.BenchmarkMetricId equals (Guid?)m.Id into metrics
            from m in metrics.DefaultIfEmpty()
            where i.Id == query.Id
            select new
            {
                StrategyId = s.Id,
                StrategyTitle = s.Title,
                s.Status,
                Element = new ElementRefDto(e.Id, e.Code, e.Title, l.Name),
                MetricCode = m == null ? null : m.Code,
                MetricName = m == null ? null : m.NamePl,
                i.Version,
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("wskaźnik", query.Id);
        if (!await audience.MaySeeAsync(place.Status, cancellationToken))
        {
            throw new NotFoundException("wskaźnik", query.Id);
        }

        // An archived element (or one under an archived element) is gone from the public pages, its indicators
        // with it; the gmina's own keep reading what they archived (its values are kept for a restore).
        if (!await audience.IsMemberAsync(cancellationToken)
            && !await ActiveElements.ContainsAsync(db, place.StrategyId, place.Element.Id, cancellationToken))
        {
            throw new NotFoundException("wskaźnik (element zarchiwizowany)", query.Id);
        }

        var indicator = (await IndicatorReader.ReadAsync(db, db.Indicators.Where(i => i.Id == query.Id), cancellationToken))
            .Single().Single();

        var history = await audience.IsMemberAsync(cancellationToken) ? await HistoryAsync(query.Id, cancellationToken) : null;

        return new IndicatorDetailDto(
            indicator.Id, indicator.Name, indicator.Unit, indicator.DataSource, indicator.Supplier, indicator.Direction,
            indicator.Baseline, indicator.Target, indicator.Measurements, place.StrategyId, place.StrategyTitle, place.Element, history, place.MetricCode, place.MetricName, place.Version,
            await CallerPermissions.PersonHasAsync(user, Permission.ManageStrategy, cancellationToken));
    }

    /// <summary>Newest first; steps made in the same instant (entered, then submitted) in the order they happen.</summary>
    private async Task<IReadOnlyList<IndicatorChangeDto>> HistoryAsync(Guid indicatorId, CancellationToken cancellationToken)
    {
        var changes = await db.IndicatorChanges.AsNoTracking().Where(c => c.IndicatorId == indicatorId).ToListAsync(cancellationToken);
        var authors = await identity.GetUsersAsync([.. changes.Select(c => c.ByUserId).OfType<Guid>().Distinct()], cancellationToken);
        string Author(Guid? id) => id is null ? "platforma" : authors.TryGetValue(id.Value, out var user) ? user.DisplayName : "konto usunięte";
        return changes
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Kind)
            .Select(c => new IndicatorChangeDto(c.Year, c.Kind, c.OldValue?.ToDto(), c.NewValue?.ToDto(), c.Comment, Author(c.ByUserId), c.At))
            .ToList();
    }
}
