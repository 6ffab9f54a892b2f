using Strategy.Domain.Benchmarking;

namespace Strategy.Web.Formatting;

/// <summary>Polish names of what a comparison of gminy is made of.</summary>
public static class BenchmarkLabels
{
    public static string Of(PopulationClass size) => size switch
    {
        PopulationClass.Under5000 => "poniżej 5 tys. mieszkańców",
        PopulationClass.From5000To9999 => "5–10 tys. mieszkańców",
        PopulationClass.From10000To19999 => "10–20 tys. mieszkańców",
        PopulationClass.From20000To49999 => "20–50 tys. mieszkańców",
        PopulationClass.From50000To99999 => "50–100 tys. mieszkańców",
        _ => "100 tys. mieszkańców i więcej",
    };

    /// <summary>The heading of the compared value's column.</summary>
    public static string ComparedValue(MetricNormalisation normalisation, string? unit) => normalisation switch
    {
        MetricNormalisation.PerThousandResidents => "Na 1000 mieszkańców",
        MetricNormalisation.Percentage => "Odsetek (%)",
        _ => string.IsNullOrEmpty(unit) ? "Wartość porównywana" : $"Wartość porównywana ({unit})",
    };

    /// <summary>Which end of the ranking is first, for the caption.</summary>
    public static string RankOrder(Domain.Indicators.IndicatorDirection direction) => direction switch
    {
        Domain.Indicators.IndicatorDirection.Decrease => "miejsce 1: wartość najniższa (miernik powinien maleć)",
        Domain.Indicators.IndicatorDirection.Increase => "miejsce 1: wartość najwyższa (miernik powinien rosnąć)",
        _ => "miejsce 1: wartość najwyższa (kierunek nieokreślony)",
    };
}
