using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Benchmarking.Models;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Benchmarking.Commands.UpdateBenchmarkMetric;

/// <summary>
/// Replaces a metric's description (the code stays) from the version the admin read. If someone
/// saved it since, nothing is saved and the answer carries what they saved.
/// </summary>
[RequiresPermission(Permission.ManageBenchmarkCatalogue)]
public sealed record UpdateBenchmarkMetricCommand(
    string Code,
    string NamePl,
    string NameEn,
    string? Unit,
    string Definition,
    MetricNormalisation Normalisation,
    IndicatorDirection Direction,
    int? BdlVariableId,
    int Version) : ICommand<BenchmarkMetricDto>, IBenchmarkMetricDescription;

public sealed class UpdateBenchmarkMetricHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<UpdateBenchmarkMetricCommand, BenchmarkMetricDto>
{
    public async ValueTask<BenchmarkMetricDto> Handle(UpdateBenchmarkMetricCommand command, CancellationToken cancellationToken)
    {
        var metric = await db.BenchmarkMetrics.SingleOrDefaultAsync(m => m.Code == command.Code, cancellationToken)
            ?? throw new NotFoundException("miernik", command.Code);
        VersionCheck.Ensure(metric, command.Version, () => new("zapisał ten miernik", $"Zapisana teraz nazwa: „{metric.NamePl}”, jednostka: „{metric.Unit}”", metric.ToDto()));

        var before = metric.NamePl;
        metric.Define(command.NamePl, command.NameEn, command.Unit, command.Definition, command.Normalisation, command.Direction, command.BdlVariableId);
        audit.Record(AuditActions.BenchmarkMetricEdited, null, before == metric.NamePl ? $"{metric.Code}: „{metric.NamePl}”" : $"{metric.Code}: „{before}” → „{metric.NamePl}”");
        await db.SaveChangesAsync(cancellationToken);
        return metric.ToDto();
    }
}
