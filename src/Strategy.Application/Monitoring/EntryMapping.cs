using Strategy.Domain.Indicators;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring;

internal static class EntryMapping
{
    public static EntryDto ToDto(this MeasurementEntry e)
    {
        var reported = e.Reported;
        return new EntryDto(e.Id, e.IndicatorId, e.Year, e.Status, e.Value, e.NoData, e.NoDataReason, e.Note, PartsText(reported.Parts),
            reported.Describe(), e.UpdatedBy, e.UpdatedAt, e.ReviewComment, e.Version);
    }

    /// <summary>Parts as a person types them: "bezrobocia: 300; ubóstwa: 331".</summary>
    public static string? PartsText(IReadOnlyList<MeasurementPartValue> parts) =>
        parts.Count == 0 ? null : new MeasurementValue(null, null, false, null, null, parts).Describe();
}
