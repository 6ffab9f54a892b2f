using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Benchmarking.Models;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Benchmarking.Commands.CreateBenchmarkMetric;

/// <summary>Adds a metric to the catalogue under a code that is never reused for anything else.</summary>
[RequiresPermission(Permission.ManageBenchmarkCatalogue)]
public sealed record CreateBenchmarkMetricCommand(
    string Code,
    string NamePl,
    string NameEn,
    string? Unit,
    string Definition,
    MetricNormalisation Normalisation,
    IndicatorDirection Direction,
    int? BdlVariableId) : ICommand<BenchmarkMetricDto>, IBenchmarkMetricDescription;

public sealed class CreateBenchmarkMetricHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<CreateBenchmarkMetricCommand, BenchmarkMetricDto>
{
    public async ValueTask<BenchmarkMetricDto> Handle(CreateBenchmarkMetricCommand command, CancellationToken cancellationToken)
    {
        if (await db.BenchmarkMetrics.AnyAsync(m => m.Code == command.Code, cancellationToken))
        {
            throw new ConflictException($"Miernik o kodzie „{command.Code}” już jest w katalogu. Wybierz inny kod albo edytuj istniejący miernik.");
        }

        var metric = new BenchmarkMetric(command.Code, command.NamePl, command.NameEn, command.Unit, command.Definition, command.Normalisation, command.Direction, command.BdlVariableId);
        db.BenchmarkMetrics.Add(metric);
        audit.Record(AuditActions.BenchmarkMetricCreated, null, $"{metric.Code}: „{metric.NamePl}”");
        await db.SaveChangesAsync(cancellationToken);
        return metric.ToDto();
    }
}
