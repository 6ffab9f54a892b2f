using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;

namespace Strategy.Application.Benchmarking.Commands.DeleteBenchmarkMetric;

/// <summary>
/// Removes a metric no gmina uses. While any indicator, in any gmina, is mapped to it, it stays:
/// deleting it would silently unmap their indicators and drop them out of comparisons.
/// </summary>
[RequiresPermission(Permission.ManageBenchmarkCatalogue)]
public sealed record DeleteBenchmarkMetricCommand(string Code) : ICommand;

public sealed class DeleteBenchmarkMetricHandler(IAppDbContext db, IBenchmarkMetricUsage usage, IAuditLog audit) : ICommandHandler<DeleteBenchmarkMetricCommand>
{
    public async ValueTask<Unit> Handle(DeleteBenchmarkMetricCommand command, CancellationToken cancellationToken)
    {
        var metric = await db.BenchmarkMetrics.SingleOrDefaultAsync(m => m.Code == command.Code, cancellationToken)
            ?? throw new NotFoundException("miernik", command.Code);
        var mapped = await usage.MappedIndicatorsAsync(metric.Id, cancellationToken);
        if (mapped > 0)
        {
            throw new ConflictException($"Miernika „{metric.NamePl}” nie można usunąć: przypisano do niego wskaźniki gmin ({mapped}). Usunąć można tylko miernik, którego nie używa żadna gmina.");
        }

        db.BenchmarkMetrics.Remove(metric);
        audit.Record(AuditActions.BenchmarkMetricDeleted, null, $"{metric.Code}: „{metric.NamePl}”");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
