using Riok.Mapperly.Abstractions;
using Strategy.Application.Benchmarking;
using Strategy.Application.Benchmarking.Models;
using Strategy.Application.Monitoring;
using Strategy.Application.Monitoring.Calendar;
using Strategy.Application.Population;
using Strategy.Application.Strategies.Models;
using Strategy.Application.Tenants;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;
using Strategy.Domain.Monitoring;
using Strategy.Domain.Strategies;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.Common.Mapping;

/// <summary>
/// Entity → DTO mappings, generated at compile time (ADR 0006): every DTO that copies an entity's members is mapped
/// here, so a member added to a DTO and to its entity is carried without a hand-written line to forget. Only target
/// members must be mapped: entities carry more than any DTO shows. A DTO composed from several records, or shaped
/// for one page, is built by its query instead.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DtoMapper
{
    [MapProperty([nameof(Tenant.TerytCode), nameof(TerytCode.Value)], nameof(TenantSummaryDto.TerytCode))]
    public static partial TenantSummaryDto ToSummary(Tenant tenant);

    [MapProperty([nameof(Tenant.TerytCode), nameof(TerytCode.Value)], nameof(TenantAdminDto.TerytCode))]
    public static partial TenantAdminDto ToAdminDto(this Tenant tenant);

    public static partial IQueryable<StrategySummaryDto> ProjectToSummary(this IQueryable<MunicipalStrategy> strategies);

    public static partial MeasurementDto ToDto(Measurement measurement);

    public static partial StructureElementDto ToStructureDto(this StrategyElement element);

    public static partial EditedElementDto ToEditedDto(this StrategyElement element);

    public static partial BenchmarkMetricDto ToDto(this BenchmarkMetric metric);

    public static partial BenchmarkMetricSummaryDto ToSummary(this BenchmarkMetric metric);

    [MapProperty(nameof(LegalCalendar.ProposeRoundOn), nameof(CalendarSettingsDto.ProposeRoundOn), Use = nameof(DayMonth))]
    [MapProperty(nameof(LegalCalendar.RoundDeadline), nameof(CalendarSettingsDto.RoundDeadline), Use = nameof(DayMonth))]
    [MapProperty(nameof(LegalCalendar.ResourceAssessmentDue), nameof(CalendarSettingsDto.ResourceAssessmentDue), Use = nameof(DayMonth))]
    [MapProperty(nameof(LegalCalendar.StateReportDue), nameof(CalendarSettingsDto.StateReportDue), Use = nameof(DayMonth))]
    [MapProperty(nameof(LegalCalendar.DaysBefore), nameof(CalendarSettingsDto.ReminderDaysBefore))]
    public static partial CalendarSettingsDto ToDto(this LegalCalendar calendar);

    public static partial PopulationFigureDto ToDto(this PopulationFigure figure);

    public static partial TaskReportDto ToDto(this TaskReport report);

    [MapProperty([nameof(MeasurementEntry.Reported), nameof(MeasurementValue.Parts)], nameof(EntryDto.Parts))]
    [MapProperty(nameof(MeasurementEntry.Reported), nameof(EntryDto.Text), Use = nameof(Text))]
    public static partial EntryDto ToDto(this MeasurementEntry entry);

    public static partial ReportedValueDto ToDto(this MeasurementValue value);

    private static partial MeasurementPartDto ToDto(MeasurementPart part);

    [UserMapping(Default = false)]
    private static string Text(MeasurementValue value) => value.Describe();

    [UserMapping(Default = false)]
    private static string DayMonth(DateOnly day) => DayAndMonth.Text(day);
}
