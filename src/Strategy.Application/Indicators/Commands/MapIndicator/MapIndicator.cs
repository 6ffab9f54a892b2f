using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Benchmarking;

namespace Strategy.Application.Indicators.Commands.MapIndicator;

/// <summary>
/// Says which metric of the platform catalogue a gmina's indicator counts (null or empty code: none),
/// so that it can be compared with other gminy; from the version the coordinator read.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record MapIndicatorCommand(Guid Id, string? MetricCode, int Version) : ICommand<MappedIndicatorDto>;

/// <summary>The indicator's mapping as saved, with the version to edit from next.</summary>
public sealed record MappedIndicatorDto(Guid Id, string? BenchmarkMetricCode, int Version);

public sealed class MapIndicatorHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<MapIndicatorCommand, MappedIndicatorDto>
{
    public async ValueTask<MappedIndicatorDto> Handle(MapIndicatorCommand command, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("wskaźnik", command.Id);
        await VersionCheck.EnsureAsync(indicator, command.Version, async () =>
        {
            var code = await CodeAsync(indicator.BenchmarkMetricId, cancellationToken);
            return new("zapisał ten wskaźnik", code is null ? "Teraz nie ma miernika porównawczego" : $"Teraz jest przypisany do miernika „{code}”", new MappedIndicatorDto(indicator.Id, code, indicator.Version));
        });

        BenchmarkMetric? metric = null;
        if (!string.IsNullOrWhiteSpace(command.MetricCode))
        {
            var wanted = command.MetricCode.Trim();
            metric = await db.BenchmarkMetrics.SingleOrDefaultAsync(m => m.Code == wanted, cancellationToken)
                ?? throw new ValidationException([new ValidationFailure(nameof(MapIndicatorCommand.MetricCode), $"W katalogu nie ma miernika o kodzie „{wanted}”. Wybierz miernik z katalogu porównawczego albo żaden.")]);
        }

        if (metric is not null && await MappedInSameStrategyAsync(indicator, metric.Id, cancellationToken) is { } other)
        {
            // A comparison takes one value per gmina and year: two indicators of one strategy would compete.
            throw new ValidationException([new ValidationFailure(nameof(MapIndicatorCommand.MetricCode), $"Miernik „{metric.NamePl}” jest już przypisany do wskaźnika „{other}” tej strategii, a porównanie bierze jedną wartość gminy na rok. Najpierw usuń tamto przypisanie.")]);
        }

        indicator.MapToMetric(metric);
        audit.Record(AuditActions.IndicatorMapped, indicator.TenantId, metric is null ? $"„{indicator.Name}”: bez miernika porównawczego" : $"„{indicator.Name}” → miernik {metric.Code}");
        await db.SaveChangesAsync(cancellationToken);
        return new MappedIndicatorDto(indicator.Id, metric?.Code, indicator.Version);
    }

    private async Task<string?> MappedInSameStrategyAsync(Domain.Indicators.Indicator indicator, Guid metricId, CancellationToken ct)
    {
        var strategyId = await db.Elements.Where(e => e.Id == indicator.ElementId).Select(e => e.StrategyId).SingleAsync(ct);
        return await db.Indicators
            .Where(i => i.Id != indicator.Id && i.BenchmarkMetricId == metricId && db.Elements.Any(e => e.Id == i.ElementId && e.StrategyId == strategyId))
            .Select(i => i.Name)
            .FirstOrDefaultAsync(ct);
    }

    private async Task<string?> CodeAsync(Guid? metricId, CancellationToken ct) => metricId is { } id
        ? await db.BenchmarkMetrics.AsNoTracking().Where(m => m.Id == id).Select(m => m.Code).SingleOrDefaultAsync(ct)
        : null;
}

public sealed class MapIndicatorValidator : AbstractValidator<MapIndicatorCommand>
{
    public MapIndicatorValidator()
    {
        RuleFor(c => c.Id).NotEmpty().WithMessage("Podaj identyfikator wskaźnika.");
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0).WithMessage("Podaj wersję wskaźnika, którą edytowano (version z odpowiedzi GET albo currentVersion z odpowiedzi 409).");
    }
}
