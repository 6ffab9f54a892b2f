using Strategy.Domain.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Files;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Application.Monitoring.Spreadsheet;
using Strategy.Domain.Common;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Commands.UploadEntrySheet;

/// <summary>
/// A filled-in to-do spreadsheet: every row is checked, every problem reported with its row and
/// column, and the values are saved all together or not at all — as drafts, or submitted.
/// </summary>
[RequiresPermission(Permission.ReportData)]
public sealed record UploadEntrySheetCommand(Guid RoundId, string FileName, byte[] Content, bool Submit) : ICommand<UploadedEntriesDto>;

public sealed record UploadedEntriesDto(int Saved, bool Submitted);

public sealed class UploadEntrySheetHandler(IAppDbContext db, IXlsxFiles xlsx, ICurrentUser user, TimeProvider clock, IAuditLog audit)
    : ICommandHandler<UploadEntrySheetCommand, UploadedEntriesDto>
{
    public async ValueTask<UploadedEntriesDto> Handle(UploadEntrySheetCommand command, CancellationToken cancellationToken)
    {
        var round = await db.ReportingRounds.SingleOrDefaultAsync(r => r.Id == command.RoundId, cancellationToken)
            ?? throw new NotFoundException("runda sprawozdawcza", command.RoundId);
        round.EnsureOpen();
        var tasks = (await ReportingTaskReader.ReadAsync(db, user, round.Id, null, cancellationToken)).ToDictionary(t => t.IndicatorId);

        var errors = new List<CellError>();
        var rows = EntrySheet.Read(SheetOf(command), tasks, errors);
        var changed = new List<EntrySheet.Row>();
        var toSubmit = new List<EntrySheet.Row>();
        foreach (var row in rows)
        {
            var entry = tasks[row.IndicatorId].Entry;
            if (entry is not null && entry.Version == row.Version && entry.Text == row.Value.Describe())
            {
                // A row left as downloaded is no change: only a draft still waiting to be sent goes on.
                if (command.Submit && entry.Status is ReviewStatus.Draft or ReviewStatus.Returned)
                {
                    toSubmit.Add(row);
                }
            }
            else if (entry?.Status == ReviewStatus.Submitted)
            {
                errors.Add(new CellError(EntrySheet.SheetName, row.Number, EntrySheet.Value, "Wartość czeka na zatwierdzenie przez koordynatora: zmienić ją można po jego decyzji."));
            }
            else if (entry is not null && entry.Version != row.Version)
            {
                errors.Add(new CellError(EntrySheet.SheetName, row.Number, EntrySheet.Value, $"{entry.UpdatedBy} zmienił(a) tę wartość po pobraniu arkusza: „{entry.Text}”. Pobierz arkusz ponownie."));
            }
            else
            {
                changed.Add(row);
            }
        }

        if (errors.Count > 0)
        {
            throw new SpreadsheetException(errors);
        }

        var now = clock.GetUtcNow();
        var existing = await db.MeasurementEntries.Where(e => e.RoundId == round.Id).ToDictionaryAsync(e => e.IndicatorId, cancellationToken);
        foreach (var row in changed)
        {
            EntryRecorder.Record(db, round, existing.GetValueOrDefault(row.IndicatorId), row.IndicatorId, row.Value, command.Submit, row.Version, user, now);
        }

        foreach (var row in toSubmit)
        {
            EntryRecorder.Submit(db, round, existing[row.IndicatorId], user, now);
        }

        if (command.Submit && changed.Count + toSubmit.Count > 0)
        {
            audit.Record(AuditActions.ValueSubmitted, round.TenantId, $"arkusz „{command.FileName}”: wartości za {round.Year} przesłane do zatwierdzenia ({changed.Count + toSubmit.Count})");
        }

        await db.SaveChangesAsync(cancellationToken);
        return new UploadedEntriesDto(changed.Count + toSubmit.Count, command.Submit);
    }

    private Sheet SheetOf(UploadEntrySheetCommand command)
    {
        switch (Path.GetExtension(command.FileName).ToLowerInvariant())
        {
            case ".xlsx":
                using (var stream = new MemoryStream(command.Content, writable: false))
                {
                    var sheets = xlsx.Read(stream, FileLimits.EntrySheet);
                    return sheets.FirstOrDefault(s => s.Name == EntrySheet.SheetName) ?? sheets[0] with { Name = EntrySheet.SheetName };
                }

            case ".csv":
                return new Sheet(EntrySheet.SheetName, CsvFile.Read(CsvFile.Decode(command.Content), FileLimits.EntrySheet));
            default:
                throw new DomainException($"Nieznany format pliku „{command.FileName}”: wgraj arkusz XLSX albo CSV pobrany z tej strony.");
        }
    }
}
