using Strategy.Domain.Common;

namespace Strategy.Domain.Monitoring;

/// <summary>What happened to an indicator's value for a year.</summary>
public enum ChangeKind
{
    Entered,
    Submitted,
    Returned,
    Approved,

    /// <summary>The reporter took a submitted value back before the coordinator decided.</summary>
    Withdrawn,
}

/// <summary>
/// One line of an indicator's history: who did what to which year's value, when, from what to what.
/// Written with the change itself, never edited afterwards.
/// </summary>
public sealed class IndicatorChange : TenantOwnedEntity
{
    private IndicatorChange()
    {
    }

    public IndicatorChange(Guid indicatorId, int year, ChangeKind kind, string? oldValue, string? newValue, string? comment, string by, DateTimeOffset at)
    {
        (IndicatorId, Year, Kind, OldValue, NewValue, Comment, By, At) = (indicatorId, year, kind, oldValue, newValue, comment, by, at);
    }

    public Guid IndicatorId { get; private set; }

    public int Year { get; private set; }

    public ChangeKind Kind { get; private set; }

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    public string? Comment { get; private set; }

    public string By { get; private set; } = "";

    public DateTimeOffset At { get; private set; }
}
