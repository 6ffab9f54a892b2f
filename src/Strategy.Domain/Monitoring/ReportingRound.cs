using Strategy.Domain.Common;
using Strategy.Domain.Strategies;

namespace Strategy.Domain.Monitoring;

/// <summary>
/// The yearly collection of data for a strategy: the coordinator opens it for a year with a deadline;
/// partner institutions report into it until it is closed.
/// </summary>
public sealed class ReportingRound : TenantOwnedEntity
{
    private ReportingRound()
    {
    }

    public ReportingRound(MunicipalStrategy strategy, int year, DateOnly deadline, DateTimeOffset openedAt)
    {
        strategy.EnsureWithinPeriod(year);
        if (deadline < PolishTime.Day(openedAt))
        {
            throw new DomainException($"Termin {deadline:dd.MM.yyyy} już minął: podaj przyszłą datę.");
        }

        StrategyId = strategy.Id;
        Year = year;
        Deadline = deadline;
        OpenedAt = openedAt;
    }

    public Guid StrategyId { get; private set; }

    public int Year { get; private set; }

    public DateOnly Deadline { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public void Close(DateTimeOffset at) => ClosedAt ??= at;

    /// <summary>The coordinator moves the deadline of an open round; its reminders follow it.</summary>
    public void ChangeDeadline(DateOnly deadline, DateTimeOffset at)
    {
        EnsureOpen();
        if (deadline < PolishTime.Day(at))
        {
            throw new DomainException($"Termin {deadline:dd.MM.yyyy} już minął: podaj przyszłą datę.");
        }

        LegalCalendar.EnsureDeadlineAllowed(Year, deadline);
        Deadline = deadline;
    }

    /// <summary>Reports come in only while the round is open.</summary>
    public void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainException($"Runda sprawozdawcza za rok {Year} jest zamknięta: wartości nie można już zmieniać.");
        }
    }
}
