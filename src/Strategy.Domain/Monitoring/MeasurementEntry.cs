using System.Text.Json;
using Strategy.Domain.Indicators;

namespace Strategy.Domain.Monitoring;

/// <summary>
/// A value a partner reports for an indicator and a year, on its way to approval. The approved
/// <see cref="Measurement"/> is what reports use; an entry changes it only when the coordinator approves.
/// </summary>
public sealed class MeasurementEntry : ReviewedReport
{
    private MeasurementEntry()
    {
    }

    public MeasurementEntry(Guid indicatorId, ReportingRound round, MeasurementValue value, string by, DateTimeOffset at)
    {
        IndicatorId = indicatorId;
        RoundId = round.Id;
        Year = round.Year;
        Change(round, value, by, at);
    }

    public Guid IndicatorId { get; private set; }

    public decimal? Value { get; private set; }

    public string? Unit { get; private set; }

    public bool NoData { get; private set; }

    public string? NoDataReason { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Breakdown parts as JSON: they travel with the entry and are never queried on their own.</summary>
    public string? PartsJson { get; private set; }

    public MeasurementValue Reported => new(Value, Unit, NoData, NoDataReason, Note,
        PartsJson is null ? [] : JsonSerializer.Deserialize<List<MeasurementPartValue>>(PartsJson));

    /// <summary>A new value: a draft again. A submitted value waits for the coordinator; an approved one may be corrected.</summary>
    public void Change(ReportingRound round, MeasurementValue value, string by, DateTimeOffset at)
    {
        Changed(round, by, at);
        (Value, Unit, NoData, NoDataReason, Note) = (value.Value, value.Unit, value.NoData, value.NoDataReason, value.Note);
        PartsJson = value.Parts.Count == 0 ? null : JsonSerializer.Serialize(value.Parts);
    }
}
