using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Commands.EditElement;

/// <summary>
/// Changes what an element says — title, goal statement, narrative, funding, time frame — from the version the person
/// read. If someone saved the element since, nothing is saved and the answer says what they saved.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record EditElementCommand(Guid Id, string Title, string? Statement, string? Narrative, int Version, string? Funding = null, string? TimeFrame = null) : ICommand<EditedElementDto>;

public sealed class EditElementHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<EditElementCommand, EditedElementDto>
{
    public async ValueTask<EditedElementDto> Handle(EditElementCommand command, CancellationToken cancellationToken)
    {
        var element = await db.Elements.SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("element strategii", command.Id);
        VersionCheck.Ensure(element, command.Version, () => new(
            "zapisał ten element", $"Zapisany teraz tytuł: „{element.Title}”{(element.Statement is null ? "" : $", cel: „{element.Statement}”")}", element.ToEditedDto()));

        var before = element.Title;
        element.Describe(command.Title, command.Statement, command.Narrative);
        element.Plan(command.Funding, command.TimeFrame);
        audit.Record(AuditActions.ElementEdited, element.TenantId, before == element.Title ? element.Code : $"{element.Code}: „{before}” → „{element.Title}”");
        await db.SaveChangesAsync(cancellationToken);
        return element.ToEditedDto();
    }

}
