using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Tenancy;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;

namespace Strategy.Application.OfficialStatistics.Commands.FetchOfficialStatistics;

/// <summary>
/// Fills the gmina's population and the values of its indicators mapped to a catalogue metric with
/// a BDL variable, for its years (the strategies' periods up to this year, and the years it already
/// has values for), from GUS Bank Danych Lokalnych. A value a person entered or approved is never
/// overwritten; each fetched value keeps its source and BDL's quality flag. Everything is read from
/// BDL before anything is changed, so when BDL fails nothing is saved.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record FetchOfficialStatisticsCommand : ICommand<OfficialStatisticsFetchDto>;

/// <summary>
/// What the fetch did: values filled (population and indicators), values kept because a person
/// entered them, the years asked for and the BDL unit (null when there was nothing to ask).
/// </summary>
public sealed record OfficialStatisticsFetchDto(string? UnitId, int? FirstYear, int? LastYear, int PopulationFilled, int IndicatorValuesFilled, int KeptPersonValues)
{
    public int Filled => PopulationFilled + IndicatorValuesFilled;
}

public sealed class FetchOfficialStatisticsHandler(IAppDbContext db, ITenantContext tenant, IOfficialStatistics statistics, IMunicipalityRegister register, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<FetchOfficialStatisticsCommand, OfficialStatisticsFetchDto>
{
    /// <summary>BDL's series for gminy begin in the mid-1990s; earlier years are never asked for.</summary>
    private const int EarliestBdlYear = 1995;

    public async ValueTask<OfficialStatisticsFetchDto> Handle(FetchOfficialStatisticsCommand command, CancellationToken cancellationToken)
    {
        var gmina = tenant.Current ?? throw new NotFoundException("gmina", "");
        var metrics = await db.BenchmarkMetrics.AsNoTracking()
            .Where(m => m.BdlVariableId != null)
            .Select(m => new { m.Id, m.Code, Variable = m.BdlVariableId!.Value })
            .ToListAsync(cancellationToken);
        int? populationVariable = metrics.Where(m => m.Code == BenchmarkMetric.PopulationCode).Select(m => (int?)m.Variable).FirstOrDefault();
        var variableOfMetric = metrics.Where(m => m.Code != BenchmarkMetric.PopulationCode).ToDictionary(m => m.Id, m => m.Variable);
        var metricIds = variableOfMetric.Keys.ToList();
        var indicators = await db.Indicators
            .Include(i => i.Measurements).ThenInclude(m => m.Parts)
            .Where(i => i.BenchmarkMetricId != null && metricIds.Contains(i.BenchmarkMetricId.Value))
            .ToListAsync(cancellationToken);

        var years = await YearsAsync(cancellationToken);
        var variables = indicators.Select(i => variableOfMetric[i.BenchmarkMetricId!.Value])
            .Concat(populationVariable is { } p ? [p] : [])
            .Distinct().Order().ToList();
        if (years.Count == 0 || variables.Count == 0)
        {
            return new OfficialStatisticsFetchDto(null, years.FirstOrDefault(), years.LastOrDefault(), 0, 0, 0);
        }

        // BDL names a gmina as TERC does ("Krasnystaw"), not as the tenant is called ("Miasto Krasnystaw").
        var name = register.Find(TerytCode.Parse(gmina.TerytCode))?.Name ?? gmina.Name;
        var unit = await statistics.FindUnitAsync(gmina.TerytCode, name, cancellationToken)
            ?? throw new DomainException($"Bank Danych Lokalnych GUS nie zna gminy o kodzie TERC {gmina.TerytCode} („{gmina.Name}”). Nic nie zostało zmienione.");
        var values = (await statistics.ValuesAsync(unit, variables, years, cancellationToken))
            .Where(v => years.Contains(v.Year))
            .ToLookup(v => v.VariableId);

        var kept = 0;
        var populationFilled = 0;
        if (populationVariable is { } variable)
        {
            var figures = await db.PopulationFigures.ToDictionaryAsync(f => f.Year, cancellationToken);
            foreach (var value in values[variable])
            {
                var residents = (int)Math.Round(value.Value, MidpointRounding.AwayFromZero);
                if (residents <= 0)
                {
                    continue;
                }

                if (!figures.TryGetValue(value.Year, out var figure))
                {
                    db.PopulationFigures.Add(PopulationFigure.Fetched(value.Year, residents, value.QualityFlag));
                    populationFilled++;
                }
                else if (figure.TakeFetched(residents, value.QualityFlag))
                {
                    populationFilled++;
                }
                else
                {
                    kept++;
                }
            }
        }

        var indicatorsFilled = 0;
        foreach (var indicator in indicators)
        {
            foreach (var value in values[variableOfMetric[indicator.BenchmarkMetricId!.Value]])
            {
                var (taken, _) = indicator.TakeOfficial(value.Year, new MeasurementValue(value.Value, indicator.Unit, noData: false, noDataReason: null, note: null), value.QualityFlag);
                if (taken)
                {
                    indicatorsFilled++;
                }
                else
                {
                    kept++;
                }
            }
        }

        var result = new OfficialStatisticsFetchDto(unit, years[0], years[^1], populationFilled, indicatorsFilled, kept);
        audit.Record(
            AuditActions.OfficialStatisticsFetched,
            gmina.Id,
            $"GUS BDL, jednostka {unit}, lata {result.FirstYear}–{result.LastYear}: uzupełniono {result.Filled} (ludność {populationFilled}, wskaźniki {indicatorsFilled}), zachowano {kept} wprowadzonych ręcznie");
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>The strategies' years up to this one, and every year the gmina already has a population or a mapped value for.</summary>
    private async Task<List<int>> YearsAsync(CancellationToken cancellationToken)
    {
        var thisYear = clock.GetUtcNow().Year;
        var periods = await db.Strategies.AsNoTracking()
            .Where(s => s.PeriodStart != null || s.PeriodEnd != null)
            .Select(s => new { Start = s.PeriodStart ?? s.PeriodEnd!.Value, End = s.PeriodEnd ?? s.PeriodStart!.Value })
            .ToListAsync(cancellationToken);
        var present = await db.PopulationFigures.AsNoTracking().Select(f => f.Year).ToListAsync(cancellationToken);
        var measured = await db.Measurements.AsNoTracking()
            .Where(m => db.Indicators.Any(i => i.Id == m.IndicatorId && i.BenchmarkMetricId != null))
            .Select(m => m.Year).Distinct().ToListAsync(cancellationToken);
        return periods.SelectMany(p => Enumerable.Range(p.Start, Math.Max(0, p.End - p.Start + 1)))
            .Concat(present).Concat(measured)
            .Where(y => y >= EarliestBdlYear && y <= thisYear)
            .Distinct().Order().ToList();
    }
}
