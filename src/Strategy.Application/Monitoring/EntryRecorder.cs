using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Domain.Indicators;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring;

/// <summary>
/// Records a reported value — new, or a change of the one there is — with its history, and submits
/// it when asked. One place for the form, the API and the spreadsheet upload. The caller saves.
/// </summary>
internal static class EntryRecorder
{
    /// <param name="entry">What is already reported for the indicator in the round (the caller loads it, for one row or many at once).</param>
    /// <param name="expectedVersion">The version the person changed; a different stored one is a conflict.</param>
    /// <param name="author">Who reports: the entry shows the name, the history keeps the account.</param>
    public static MeasurementEntry Record(
        IAppDbContext db, ReportingRound round, MeasurementEntry? entry, Guid indicatorId, MeasurementValue value, bool submit, int? expectedVersion, ICurrentUser author, DateTimeOffset now)
    {
        var by = author.Name ?? "?";
        MeasurementValue? before = null;
        if (entry is null)
        {
            entry = new MeasurementEntry(indicatorId, round, value, by, now);
            db.MeasurementEntries.Add(entry);
        }
        else
        {
            VersionCheck.Ensure(entry, expectedVersion, () => new("zapisał tę wartość", $"Teraz: „{entry.Reported.Describe()}” ({entry.UpdatedBy})", entry.ToDto()));
            before = entry.Reported;
            entry.Change(round, value, by, now);
        }

        db.IndicatorChanges.Add(new IndicatorChange(indicatorId, round.Year, ChangeKind.Entered, before, value, null, author.UserId, now));
        if (submit)
        {
            Submit(db, round, entry, author, now);
        }

        return entry;
    }

    /// <summary>Sends the entry as it stands for the coordinator's approval, with its history line.</summary>
    public static void Submit(IAppDbContext db, ReportingRound round, MeasurementEntry entry, ICurrentUser author, DateTimeOffset now)
    {
        entry.Submit(round, author.Name ?? "?", now);
        db.IndicatorChanges.Add(new IndicatorChange(entry.IndicatorId, round.Year, ChangeKind.Submitted, null, entry.Reported, null, author.UserId, now));
    }
}
