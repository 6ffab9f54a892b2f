using System.Text.Json;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;

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
/// Written with the change itself, never edited afterwards. The values are kept as values and the author
/// as an account's id, and worded only when shown, so that the wording and the author's name can change.
/// </summary>
public sealed class IndicatorChange : TenantOwnedEntity
{
    private IndicatorChange()
    {
    }

    /// <param name="byUserId">The account that made the change; null when none did (an import by the platform).</param>
    public IndicatorChange(Guid indicatorId, int year, ChangeKind kind, MeasurementValue? oldValue, MeasurementValue? newValue, string? comment, Guid? byUserId, DateTimeOffset at)
    {
        (IndicatorId, Year, Kind, Comment, ByUserId, At) = (indicatorId, year, kind, comment, byUserId, at);
        OldValueJson = oldValue is null ? null : JsonSerializer.Serialize(oldValue);
        NewValueJson = newValue is null ? null : JsonSerializer.Serialize(newValue);
    }

    public Guid IndicatorId { get; private set; }

    public int Year { get; private set; }

    public ChangeKind Kind { get; private set; }

    /// <summary>The value before the change, stored as JSON (<see cref="OldValue"/>).</summary>
    public string? OldValueJson { get; private set; }

    /// <summary>The value the change made, stored as JSON (<see cref="NewValue"/>).</summary>
    public string? NewValueJson { get; private set; }

    public MeasurementValue? OldValue => Read(OldValueJson);

    public MeasurementValue? NewValue => Read(NewValueJson);

    public string? Comment { get; private set; }

    public Guid? ByUserId { get; private set; }

    public DateTimeOffset At { get; private set; }

    private static MeasurementValue? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<MeasurementValue>(json);
}
