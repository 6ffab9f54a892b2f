using Strategy.Domain.Audit;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Monitoring.Commands.SaveMeasurementEntry;

/// <summary>
/// A partner (or the coordinator) reports an indicator's value in a round: saved as a draft, or
/// submitted for approval. Changing an existing report starts from its <see cref="Version"/>. The
/// number must suit the indicator's kind (a count is whole and not negative, …) and is checked against its
/// history (<see cref="ValuePlausibility"/>): a value far from it needs <see cref="Confirmed"/> and a note.
/// </summary>
[RequiresPermission(Permission.ReportData)]
public sealed record SaveMeasurementEntryCommand(
    Guid RoundId,
    Guid IndicatorId,
    decimal? Value,
    bool NoData,
    string? NoDataReason,
    string? Note,
    IReadOnlyList<MeasurementPartDto>? Parts,
    bool Submit,
    int? Version,
    bool Confirmed = false) : ICommand<EntryDto>;

public sealed class SaveMeasurementEntryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit) : ICommandHandler<SaveMeasurementEntryCommand, EntryDto>
{
    public async ValueTask<EntryDto> Handle(SaveMeasurementEntryCommand command, CancellationToken cancellationToken)
    {
        // The round, the indicator (if it is the round's strategy's), whether anything in that strategy is archived,
        // what is reported already and the last year's value, in one command: at a deadline partners save values by
        // the hundred a minute, and each command of its own cost a save more than its SQL (bench/README.md, (e)).
        var found = await (
                from r in db.ReportingRounds.Where(r => r.Id == command.RoundId)
                join i in db.Indicators.Where(i => i.Id == command.IndicatorId) on r.TenantId equals i.TenantId into indicators
                from i in indicators.DefaultIfEmpty()
                select new
                {
                    Round = r,
                    Indicator = i != null && db.Elements.Any(el => el.Id == i.ElementId && el.StrategyId == r.StrategyId)
                        ? new { i.Id, i.ElementId, i.Name, i.Unit, i.Kind, i.SupplierInstitutionId }
                        : null,
                    StrategyHasArchived = db.Elements.Any(el => el.StrategyId == r.StrategyId && el.ArchivedAt != null),
                })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("runda sprawozdawcza", command.RoundId);
        var round = found.Round;
        var indicator = found.Indicator ?? throw new NotFoundException("wskaźnik", command.IndicatorId);
        if (!await ActiveElements.ContainsAsync(db, round.StrategyId, indicator.ElementId, found.StrategyHasArchived, cancellationToken))
        {
            throw new DomainException($"Wskaźnik „{indicator.Name}” należy do zarchiwizowanego elementu strategii: nie zbiera się już dla niego danych.");
        }

        if (!(await ReportingScope.OfAsync(user, cancellationToken)).Covers(indicator.SupplierInstitutionId))
        {
            throw new ForbiddenException($"Wskaźnik „{indicator.Name}” dostarcza inna instytucja: wartość może wpisać ona albo koordynator.");
        }

        var number = command.NoData ? null : command.Value;
        if (number is { } n && IndicatorKinds.Refusal(indicator.Kind, n, indicator.Name) is { } refusal)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Value), refusal)]);
        }

        var last = await db.Measurements
            .Where(m => m.IndicatorId == indicator.Id && m.Year < round.Year && m.Value != null)
            .OrderByDescending(m => m.Year)
            .Select(m => new { m.Year, m.Value })
            .FirstOrDefaultAsync(cancellationToken);
        var implausible = ValuePlausibility.Check(number, indicator.Unit, last is null ? null : (last.Year, last.Value!.Value), command.Confirmed, command.Note);
        if (implausible.Count > 0)
        {
            throw new ValidationException(implausible);
        }

        var parts = command.NoData ? [] : (command.Parts ?? []).Select(p => new MeasurementPartValue(p.Label.Trim(), p.Value, p.Unit)).ToList();
        var value = new MeasurementValue(number, number is null ? null : indicator.Unit, command.NoData, command.NoDataReason, command.Note, parts);
        var existing = await db.MeasurementEntries.SingleOrDefaultAsync(e => e.RoundId == round.Id && e.IndicatorId == indicator.Id, cancellationToken);
        var entry = EntryRecorder.Record(db, round, existing, indicator.Id, value, command.Submit, command.Version, user, clock.GetUtcNow());
        if (command.Submit)
        {
            audit.Record(AuditActions.ValueSubmitted, round.TenantId, $"„{indicator.Name}” za {round.Year}: {value.Describe()}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return entry.ToDto();
    }
}
