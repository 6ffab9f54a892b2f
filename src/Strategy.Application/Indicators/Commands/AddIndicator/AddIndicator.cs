using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;

namespace Strategy.Application.Indicators.Commands.AddIndicator;

/// <summary>
/// A new indicator on an element, named (and with its unit); the rest of its definition — direction,
/// baseline, target, source, supplier — is set like any indicator's (<c>EditIndicator</c>).
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record AddIndicatorCommand(Guid ElementId, string Name, string? Unit) : ICommand<AddedIndicatorDto>;

public sealed record AddedIndicatorDto(Guid Id, string Name, string? Unit, int Version);

public sealed class AddIndicatorHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<AddIndicatorCommand, AddedIndicatorDto>
{
    public async ValueTask<AddedIndicatorDto> Handle(AddIndicatorCommand command, CancellationToken cancellationToken)
    {
        var element = await db.Elements.Include(e => e.Indicators).SingleOrDefaultAsync(e => e.Id == command.ElementId, cancellationToken)
            ?? throw new NotFoundException("element strategii", command.ElementId);
        if (!await ActiveElements.ContainsAsync(db, element.StrategyId, element.Id, cancellationToken))
        {
            throw new DomainException($"Element {element.Code} jest zarchiwizowany: przywróć go, zanim dodasz wskaźnik.");
        }

        var indicator = element.AddIndicator(command.Name, command.Unit, null);
        db.Indicators.Add(indicator);
        audit.Record(AuditActions.IndicatorEdited, element.TenantId, $"{element.Code}: nowy wskaźnik „{indicator.Name}”");
        await db.SaveChangesAsync(cancellationToken);
        return new AddedIndicatorDto(indicator.Id, indicator.Name, indicator.Unit, indicator.Version);
    }
}
