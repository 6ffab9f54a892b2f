using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Strategies.Commands.MoveElement;
using Strategy.Application.Strategies.Models;
using Strategy.Application.Strategies.Queries.GetStructureOfElement;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// Move an element under another parent of the level above. The form carries the version it was
/// read at; a stale one is refused and the form moves to the current version.
/// </summary>
public sealed class ElementPrzeniesienieModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public MoveInput Input { get; set; } = new();

    public StructureDto Structure { get; private set; } = null!;

    public StructureNodeDto Element { get; private set; } = null!;

    /// <summary>Where the element may go: active elements one level above it.</summary>
    public IEnumerable<StructureNodeDto> Parents => Structure.Elements.Where(p => p.Depth == Element.Depth - 1);

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input = new MoveInput { ParentId = Element.ParentId, Version = Element.Version };
    }

    public async Task<IActionResult> OnPostAsync(string tenant, Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid && await TrySendAsync(() => sender.Send(new MoveElementCommand(id, Input.ParentId, Input.Code, Input.Version), ct).AsTask()))
        {
            return LocalRedirect($"/{tenant}/elementy/{id}");
        }

        await LoadAsync(id, ct);
        if (Conflict is not null)
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(MoveInput.Version)}");
            Input.Version = Element.Version;
        }

        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Structure = await sender.Send(new GetStructureOfElementQuery(id), ct);
        Element = Structure.Elements.SingleOrDefault(e => e.Id == id) ?? throw new NotFoundException("element strategii (zarchiwizowany)", id);
    }

    public sealed class MoveInput
    {
        [Display(Name = "nowy element nadrzędny")]
        public Guid? ParentId { get; set; }

        [Display(Name = "nowy kod")]
        public string? Code { get; set; }

        [Display(Name = "wersja")]
        public int Version { get; set; }
    }
}
