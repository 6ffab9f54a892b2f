using Strategy.Application.Strategies.Models;
using Strategy.Domain.Indicators;
using Strategy.Domain.Monitoring;
using Strategy.Domain.Strategies;
using Strategy.Domain.Tenancy;

namespace Strategy.Web.Formatting;

/// <summary>The Polish words the UI shows for domain values.</summary>
public static class PolishLabels
{
    public static string Of(Domain.Benchmarking.MetricNormalisation normalisation) => normalisation switch
    {
        Domain.Benchmarking.MetricNormalisation.PerThousandResidents => "na 1000 mieszkańców",
        Domain.Benchmarking.MetricNormalisation.Percentage => "odsetek",
        _ => "wartość bezwzględna",
    };

    public static string Of(MunicipalityKind kind) => kind switch
    {
        MunicipalityKind.Urban => "gmina miejska",
        MunicipalityKind.Rural => "gmina wiejska",
        _ => "gmina miejsko-wiejska",
    };

    public static string Of(StrategyStatus status) => status switch
    {
        StrategyStatus.Draft => "projekt",
        StrategyStatus.Adopted => "przyjęta",
        _ => "zarchiwizowana",
    };

    public static string Of(TenantState state) => state switch
    {
        TenantState.Pending => "oczekuje",
        TenantState.Provisioning => "w przygotowaniu",
        TenantState.Active => "aktywna",
        _ => "zawieszona",
    };

    public static string Of(SignUpState state) => state switch
    {
        SignUpState.Pending => "oczekuje",
        SignUpState.Approved => "przyjęte",
        _ => "odrzucone",
    };

    /// <summary>A reported value's state; none yet when nothing was reported.</summary>
    public static string Of(ReviewStatus? status) => Application.Monitoring.ReviewStatusText.Of(status);

    public static string Of(Application.Monitoring.TrendStatus status) => Application.Monitoring.TrendStatusText.Of(status);

    public static string Of(ChangeKind kind) => kind switch
    {
        ChangeKind.Entered => "wpisano",
        ChangeKind.Submitted => "przesłano do zatwierdzenia",
        ChangeKind.Returned => "zwrócono do poprawy",
        ChangeKind.Withdrawn => "wycofano przed decyzją koordynatora",
        _ => "zatwierdzono",
    };

    public static string Of(IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.Increase => "wzrost",
        IndicatorDirection.Decrease => "spadek",
        _ => "nie określono",
    };

    /// <summary>The reported value: "11,6 %", "4 791 osoby", or "brak danych" with its reason.</summary>
    public static string ValueOf(MeasurementDto m)
    {
        if (m.NoData)
        {
            return m.NoDataReason is null ? "brak danych" : $"brak danych ({m.NoDataReason})";
        }

        return m.Value is { } value ? PolishFormat.Number(value, m.Unit) : "";
    }

    /// <summary>A reported value in one line, as a history shows it: "1 234 osoby (stan na 31 grudnia)", "brak danych (powód)".</summary>
    public static string ValueOf(ReportedValueDto v)
    {
        if (v.NoData)
        {
            return v.NoDataReason is null ? "brak danych" : $"brak danych ({v.NoDataReason})";
        }

        var text = string.Join("; ", new[] { v.Value is { } n ? PolishFormat.Number(n, v.Unit) : null, v.Parts.Count == 0 ? null : PartsOf(v.Parts) }.OfType<string>());
        return v.Note is null ? text : $"{text} ({v.Note})";
    }

    /// <summary>The breakdown: "bezrobocia: 300; ubóstwa: 331; bezdomności: 6".</summary>
    public static string PartsOf(MeasurementDto m) => PartsOf(m.Parts);

    /// <inheritdoc cref="PartsOf(MeasurementDto)"/>
    public static string PartsOf(IReadOnlyList<MeasurementPartDto> parts) =>
        string.Join("; ", parts.Select(p => $"{p.Label}: {PolishFormat.Number(p.Value, p.Unit)}"));
}
