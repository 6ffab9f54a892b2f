using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Strategies.Commands.EditElement;
using Strategy.Application.Strategies.Queries.GetElementForEdit;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// Edit what an element says. The form carries the version it was read at; if someone saved the
/// element since, the save is refused with what they saved, and the form moves to their version so
/// that saving again is a deliberate choice, never a silent overwrite.
/// </summary>
public sealed class ElementEdycjaModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public ElementForEditDto Element { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Element = await sender.Send(new GetElementForEditQuery(id), ct);
        var e = Element.Element;
        Input = new EditInput { Title = e.Title, Statement = e.Statement, Narrative = e.Narrative, Funding = e.Funding, TimeFrame = e.TimeFrame, Version = e.Version };
    }

    public async Task<IActionResult> OnPostAsync(string tenant, Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid && await TrySendAsync(() => sender.Send(new EditElementCommand(id, Input.Title ?? "", Input.Statement, Input.Narrative, Input.Version, Input.Funding, Input.TimeFrame), ct).AsTask()))
        {
            return LocalRedirect($"/{tenant}/elementy/{id}");
        }

        Element = await sender.Send(new GetElementForEditQuery(id), ct);
        if (Conflict is not null)
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(EditInput.Version)}");
            Input.Version = Element.Element.Version;
        }

        return Page();
    }

    public sealed class EditInput
    {
        [Display(Name = "tytuł")]
        public string? Title { get; set; }

        public string? Statement { get; set; }

        public string? Narrative { get; set; }

        public string? Funding { get; set; }

        public string? TimeFrame { get; set; }

        [Display(Name = "wersja")]
        public int Version { get; set; }
    }
}
