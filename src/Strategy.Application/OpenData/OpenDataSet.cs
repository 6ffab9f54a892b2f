namespace Strategy.Application.OpenData;

/// <param name="LatestYear">When the data last changed, as far as the values tell: the latest year with a value; null without any.</param>
public sealed record OpenDataSet(string Gmina, string Teryt, string Identifier, IReadOnlyList<OpenDataRow> Rows, int? LatestYear)
{
    /// <summary>Public sector data with no conditions attached (art. 11 of the act allows conditions; the gmina sets none here).</summary>
    public const string Licence = "CC0 1.0";
}

/// <param name="Value">The number; null when the value is "brak danych" or given only by its parts (<see cref="Note"/>, <see cref="Parts"/>).</param>
/// <param name="Parts">The value's breakdown as reported ("bezrobocia: 300", "ubóstwa: 331"), in its order; empty without one.</param>
public sealed record OpenDataRow(string Gmina, string Teryt, string Strategy, string ElementCode, string Indicator, string? Unit, int Year, decimal? Value, IReadOnlyList<OpenDataPart> Parts, string? Note, string Source, string Licence);

public sealed record OpenDataPart(string Label, decimal Value, string? Unit);
