using System.ComponentModel.DataAnnotations;
using Strategy.Application.Benchmarking.Models;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;

namespace Strategy.Web.Pages.Admin;

/// <summary>The metric form of the catalogue pages (new and edit); the code only when creating.</summary>
public sealed class MetricInput
{
    [Display(Name = "kod")]
    public string? Code { get; set; }

    [Display(Name = "nazwa po polsku")]
    public string? NamePl { get; set; }

    [Display(Name = "nazwa po angielsku")]
    public string? NameEn { get; set; }

    [Display(Name = "jednostka")]
    public string? Unit { get; set; }

    [Display(Name = "definicja")]
    public string? Definition { get; set; }

    [Display(Name = "sposób porównania")]
    public MetricNormalisation Normalisation { get; set; }

    [Display(Name = "pożądany kierunek")]
    public IndicatorDirection Direction { get; set; }

    [Display(Name = "identyfikator zmiennej BDL")]
    public int? BdlVariableId { get; set; }

    [Display(Name = "wersja")]
    public int Version { get; set; }

    public static MetricInput Of(BenchmarkMetricDto m) => new()
    {
        Code = m.Code,
        NamePl = m.NamePl,
        NameEn = m.NameEn,
        Unit = m.Unit,
        Definition = m.Definition,
        Normalisation = m.Normalisation,
        Direction = m.Direction,
        BdlVariableId = m.BdlVariableId,
        Version = m.Version,
    };
}
