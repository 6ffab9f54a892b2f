using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Indicators.Commands.EditIndicator;
using Strategy.Application.Indicators.Commands.MapIndicator;
using Strategy.Application.Indicators.Queries.GetIndicatorForEdit;
using Strategy.Domain.Indicators;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// Define an indicator: name, unit, data source, desired direction, baseline and target, supplier.
/// The form carries the version it was read at; if someone saved the indicator since, the save is
/// refused with what they saved, and the form moves to their version so that saving again is a
/// deliberate choice, never a silent overwrite.
/// </summary>
public sealed class WskaznikEdycjaModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    /// <summary>The second form: the catalogue metric the indicator is mapped to.</summary>
    [BindProperty]
    public MappingInput Mapping { get; set; } = new();

    public IndicatorForEditDto Indicator { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Indicator = await sender.Send(new GetIndicatorForEditQuery(id), ct);
        FillFromIndicator();
    }

    private void FillFromIndicator()
    {
        var i = Indicator.Indicator;
        Input = new EditInput
        {
            Name = i.Name,
            Unit = i.Unit,
            DataSource = i.DataSource,
            Direction = i.Direction,
            Kind = i.Kind,
            BaselineYear = i.Baseline?.Year,
            BaselineValue = i.Baseline?.Value,
            TargetYear = i.Target?.Year,
            TargetValue = i.Target?.Value,
            SupplierInstitutionId = i.SupplierInstitutionId,
            Version = i.Version,
        };
        Mapping = new MappingInput { MetricCode = Indicator.BenchmarkMetricCode, Version = i.Version };
    }

    public async Task<IActionResult> OnPostAsync(string tenant, Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid && await TrySendAsync(() => sender.Send(
                new EditIndicatorCommand(
                    id, Input.Name ?? "", Input.Unit, Input.DataSource, Input.Direction,
                    Input.BaselineYear, Input.BaselineValue, Input.TargetYear, Input.TargetValue,
                    Input.SupplierInstitutionId, Input.Version, Input.Kind),
                ct).AsTask()))
        {
            return LocalRedirect($"/{tenant}/wskazniki/{id}");
        }

        Indicator = await sender.Send(new GetIndicatorForEditQuery(id), ct);
        if (Conflict is not null)
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(EditInput.Version)}");
            Input.Version = Indicator.Indicator.Version;
        }

        Mapping = new MappingInput { MetricCode = Indicator.BenchmarkMetricCode, Version = Indicator.Indicator.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostMetricAsync(string tenant, Guid id, CancellationToken ct)
    {
        if (await TrySendAsync(() => sender.Send(new MapIndicatorCommand(id, Mapping.MetricCode, Mapping.Version), ct).AsTask(), prefix: nameof(Mapping)))
        {
            return LocalRedirect($"/{tenant}/wskazniki/{id}");
        }

        // The definition form was not posted: it shows the stored definition. The mapping form keeps
        // the choice, at the stored version after a conflict, so that saving again is deliberate.
        var chosen = Mapping.MetricCode;
        Indicator = await sender.Send(new GetIndicatorForEditQuery(id), ct);
        FillFromIndicator();
        Mapping.MetricCode = chosen;
        if (Conflict is not null)
        {
            ModelState.Remove($"{nameof(Mapping)}.{nameof(MappingInput.Version)}");
        }

        return Page();
    }

    public sealed class MappingInput
    {
        [Display(Name = "miernik porównawczy")]
        public string? MetricCode { get; set; }

        [Display(Name = "wersja")]
        public int Version { get; set; }
    }

    public sealed class EditInput
    {
        [Display(Name = "nazwa")]
        public string? Name { get; set; }

        [Display(Name = "jednostka")]
        public string? Unit { get; set; }

        [Display(Name = "źródło danych")]
        public string? DataSource { get; set; }

        [Display(Name = "pożądany kierunek")]
        public IndicatorDirection Direction { get; set; }

        [Display(Name = "rodzaj wartości")]
        public IndicatorKind Kind { get; set; }

        [Display(Name = "rok wartości bazowej")]
        public int? BaselineYear { get; set; }

        [Display(Name = "wartość bazowa")]
        public decimal? BaselineValue { get; set; }

        [Display(Name = "rok wartości docelowej")]
        public int? TargetYear { get; set; }

        [Display(Name = "wartość docelowa")]
        public decimal? TargetValue { get; set; }

        [Display(Name = "instytucja dostarczająca dane")]
        public Guid? SupplierInstitutionId { get; set; }

        [Display(Name = "wersja")]
        public int Version { get; set; }
    }
}
