using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Benchmarking;

namespace Strategy.Application.Population.Commands.EnterPopulation;

/// <summary>
/// Enters or corrects the gmina's residents in a year. A person's figure is never replaced by a
/// fetch from GUS BDL. <see cref="Version"/> is the version of the figure the person corrected (null:
/// they saw none for the year); when the stored figure differs, nothing is saved and the answer says
/// what is stored.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record EnterPopulationCommand(int Year, int Residents, int? Version) : ICommand<PopulationFigureDto>;

public sealed class EnterPopulationHandler(IAppDbContext db, ITenantContext tenant, IAuditLog audit) : ICommandHandler<EnterPopulationCommand, PopulationFigureDto>
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public async ValueTask<PopulationFigureDto> Handle(EnterPopulationCommand command, CancellationToken cancellationToken)
    {
        var figure = await db.PopulationFigures.SingleOrDefaultAsync(f => f.Year == command.Year, cancellationToken);
        string detail;
        if (figure is null)
        {
            if (command.Version is not null)
            {
                throw new ConflictException(
                    $"Liczby mieszkańców w roku {command.Year} nie ma już w bazie (mogła zostać usunięta). Twoja wartość nie została zapisana: wpisz ją ponownie bez wersji.");
            }

            figure = PopulationFigure.Entered(command.Year, command.Residents);
            db.PopulationFigures.Add(figure);
            detail = $"{command.Year}: {Number(command.Residents)}";
        }
        else
        {
            VersionCheck.Ensure(figure, command.Version, () => new(
                $"zapisał liczbę mieszkańców w roku {figure.Year}", $"Teraz: {Number(figure.Residents)} ({SourceText(figure.Source)})", figure.ToDto()));
            var before = figure.Residents;
            figure.Enter(command.Residents);
            detail = $"{figure.Year}: {Number(before)} → {Number(command.Residents)}";
        }

        audit.Record(AuditActions.PopulationEntered, tenant.Current?.Id, detail);
        await db.SaveChangesAsync(cancellationToken);
        return figure.ToDto();
    }

    private static string Number(int value) => value.ToString("#,0", Polish);

    private static string SourceText(ValueSource source) => source == ValueSource.Bdl ? "pobrana z GUS BDL" : "wprowadzona ręcznie";
}
