using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Indicators.Commands.EditIndicator;
using Strategy.Application.Indicators.Queries.GetIndicatorForEdit;
using Strategy.Domain.Indicators;
using Strategy.Web.Formatting;

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

    public IndicatorForEditDto Indicator { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Indicator = await sender.Send(new GetIndicatorForEditQuery(id), ct);
        var i = Indicator.Indicator;
        Input = new EditInput
        {
            Name = i.Name,
            Unit = i.Unit,
            DataSource = i.DataSource,
            Direction = i.Direction,
            BaselineYear = i.Baseline?.Year,
            BaselineValue = i.Baseline is { } b ? PolishFormat.Number(b.Value) : null,
            TargetYear = i.Target?.Year,
            TargetValue = i.Target is { } t ? PolishFormat.Number(t.Value) : null,
            SupplierInstitutionId = i.SupplierInstitutionId,
            Version = i.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(string tenant, Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid && await TrySendAsync(() => sender.Send(
                new EditIndicatorCommand(
                    id, Input.Name ?? "", Input.Unit, Input.DataSource, Input.Direction,
                    Input.BaselineYear, Input.BaselineValue, Input.TargetYear, Input.TargetValue,
                    Input.SupplierInstitutionId, Input.Version),
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

        return Page();
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

        [Display(Name = "rok wartości bazowej")]
        public int? BaselineYear { get; set; }

        [Display(Name = "wartość bazowa")]
        public string? BaselineValue { get; set; }

        [Display(Name = "rok wartości docelowej")]
        public int? TargetYear { get; set; }

        [Display(Name = "wartość docelowa")]
        public string? TargetValue { get; set; }

        [Display(Name = "instytucja dostarczająca dane")]
        public Guid? SupplierInstitutionId { get; set; }

        [Display(Name = "wersja")]
        public int Version { get; set; }
    }
}
