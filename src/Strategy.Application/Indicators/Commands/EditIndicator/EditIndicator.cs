using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Common.Text;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Audit;
using Strategy.Domain.Indicators;
using Strategy.Domain.Strategies;
using Strategy.Application.Indicators;

namespace Strategy.Application.Indicators.Commands.EditIndicator;

/// <summary>
/// Defines an indicator — name, unit, data source, desired direction, baseline and target (a year with
/// its value; neither clears one) and the institution that supplies its values (none:
/// the coordinator) and its kind (null keeps it) — from the version the person read. If someone saved the indicator since, nothing
/// is saved and the answer says what they saved. The values by year are not touched.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record EditIndicatorCommand(
    Guid Id,
    string Name,
    string? Unit,
    string? DataSource,
    IndicatorDirection Direction,
    int? BaselineYear,
    decimal? BaselineValue,
    int? TargetYear,
    decimal? TargetValue,
    Guid? SupplierInstitutionId,
    int Version,
    IndicatorKind? Kind = null) : ICommand<EditedIndicatorDto>;

public sealed class EditIndicatorHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<EditIndicatorCommand, EditedIndicatorDto>
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public async ValueTask<EditedIndicatorDto> Handle(EditIndicatorCommand command, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("wskaźnik", command.Id);
        await VersionCheck.EnsureAsync(indicator, command.Version, async () =>
        {
            var current = await DtoAsync(indicator, cancellationToken);
            return new("zapisał ten wskaźnik", $"Zapisana teraz definicja: {Describe(current)}", current);
        });

        // Another gmina's institution is invisible here (the tenant filter), so it is not found, like any unknown id.
        Institution? supplier = null;
        if (command.SupplierInstitutionId is { } supplierId)
        {
            supplier = await db.Institutions.SingleOrDefaultAsync(i => i.Id == supplierId, cancellationToken)
                ?? throw new NotFoundException("instytucja", supplierId);
        }

        var before = indicator.Name;
        indicator.Define(
            command.Name,
            command.Unit,
            command.DataSource,
            command.Direction,
            YearValue(command.BaselineYear, command.BaselineValue),
            YearValue(command.TargetYear, command.TargetValue),
            supplier);
        if (command.Kind is { } kind)
        {
            indicator.Classify(kind);
        }

        audit.Record(AuditActions.IndicatorEdited, indicator.TenantId, before == indicator.Name ? $"„{indicator.Name}”" : $"„{before}” → „{indicator.Name}”");
        await db.SaveChangesAsync(cancellationToken);
        return Dto(indicator, supplier?.Name);
    }

    /// <summary>The year with its value; the validator has made sure both or neither are given and the value is a number.</summary>
    private static (int Year, decimal Value)? YearValue(int? year, decimal? value) =>
        year is { } y && value is { } v ? (y, v) : null;

    private async Task<EditedIndicatorDto> DtoAsync(Indicator indicator, CancellationToken cancellationToken)
    {
        var supplier = indicator.SupplierInstitutionId is { } id
            ? await db.Institutions.AsNoTracking().Where(i => i.Id == id).Select(i => i.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        return Dto(indicator, supplier);
    }

    private static EditedIndicatorDto Dto(Indicator i, string? supplier) => new(
        i.Id,
        i.Name,
        i.Unit,
        i.DataSource,
        i.Direction,
        i.BaselineYear is { } by && i.BaselineValue is { } bv ? new YearValueDto(by, bv) : null,
        i.TargetYear is { } ty && i.TargetValue is { } tv ? new YearValueDto(ty, tv) : null,
        i.SupplierInstitutionId,
        supplier,
        i.Version,
        i.Kind);

    /// <summary>What the other person saved, in words, for the conflict message.</summary>
    private static string Describe(EditedIndicatorDto d)
    {
        var parts = new List<string> { $"nazwa „{d.Name}”" };
        if (d.Unit is not null)
        {
            parts.Add($"jednostka „{d.Unit}”");
        }

        parts.Add("kierunek: " + d.Direction switch
        {
            IndicatorDirection.Increase => "wzrost",
            IndicatorDirection.Decrease => "spadek",
            _ => "nieokreślony",
        });
        parts.Add(d.Baseline is { } b ? $"wartość bazowa {Number(b.Value)} ({b.Year})" : "bez wartości bazowej");
        parts.Add(d.Target is { } t ? $"wartość docelowa {Number(t.Value)} ({t.Year})" : "bez wartości docelowej");
        parts.Add(d.Supplier is null ? "dane dostarcza koordynator" : $"dane dostarcza „{d.Supplier}”");
        return string.Join(", ", parts);
    }

    private static string Number(decimal value) => value.ToString("0.############################", Polish);
}
