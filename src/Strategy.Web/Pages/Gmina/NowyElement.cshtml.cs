using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Strategies.Commands.AddElement;
using Strategy.Application.Strategies.Queries.GetStructure;
using Strategy.Application.Strategies.Models;

namespace Strategy.Web.Pages.Gmina;

/// <summary>The coordinator adds an element to a strategy, under a chosen parent or at the top (<c>?rodzic=</c> preselects the parent).</summary>
public sealed class NowyElementModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public AddInput Input { get; set; } = new();

    public StructureDto Structure { get; private set; } = null!;

    /// <summary>The elements a new one can go under: active ones above the lowest level.</summary>
    public IEnumerable<StructureNodeDto> Parents => Structure.Elements.Where(e => e.Depth < Structure.Levels.Count);

    public async Task OnGetAsync(Guid id, Guid? rodzic, CancellationToken ct)
    {
        Structure = await sender.Send(new GetStructureQuery(id), ct);
        Input.ParentId = Parents.Any(p => p.Id == rodzic) ? rodzic : null;
    }

    public async Task<IActionResult> OnPostAsync(string tenant, Guid id, CancellationToken ct)
    {
        StructureElementDto? added = null;
        if (ModelState.IsValid && await TrySendAsync(async () => added = await sender.Send(new AddElementCommand(id, Input.ParentId, Input.Code ?? "", Input.Title ?? "", Input.Statement), ct)))
        {
            return LocalRedirect($"/{tenant}/elementy/{added!.Id}");
        }

        Structure = await sender.Send(new GetStructureQuery(id), ct);
        return Page();
    }

    public sealed class AddInput
    {
        [Display(Name = "element nadrzędny")]
        public Guid? ParentId { get; set; }

        [Display(Name = "kod")]
        public string? Code { get; set; }

        [Display(Name = "tytuł")]
        public string? Title { get; set; }

        public string? Statement { get; set; }
    }
}
