using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Strategies.Commands.ImportStrategy;
using Strategy.Application.Strategies.Queries.GetImportOptions;

namespace Strategy.Web.Pages.Gmina;

/// <summary>Import a strategy document: upload, read the preview, then confirm. Nothing is saved before.</summary>
public sealed class ImportModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public IFormFile? Plik { get; set; }

    /// <summary>The uploaded document, carried from the preview to the confirmation.</summary>
    [BindProperty]
    public string? Json { get; set; }

    public ImportPreviewDto? Preview { get; private set; }

    public ImportOptionsDto Options { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Options = await sender.Send(new GetImportOptionsQuery(), ct);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        Options = await sender.Send(new GetImportOptionsQuery(), ct);
        if (Plik is null || Plik.Length == 0)
        {
            ModelState.AddModelError(nameof(Plik), "Wybierz plik strategii (JSON).");
            return Page();
        }

        if (Plik.Length > Options.MaxCharacters)
        {
            ModelState.AddModelError(nameof(Plik), "Plik jest za duży: dopuszczalne jest 5 milionów znaków.");
            return Page();
        }

        using var reader = new StreamReader(Plik.OpenReadStream(), System.Text.Encoding.UTF8);
        Json = await reader.ReadToEndAsync(ct);
        ImportPreviewDto? preview = null;
        if (await TrySendAsync(async () => preview = await sender.Send(new ImportStrategyCommand(Json, Commit: false), ct), prefix: ""))
        {
            Preview = preview;
        }
        else
        {
            Json = null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string tenant, CancellationToken ct)
    {
        Options = await sender.Send(new GetImportOptionsQuery(), ct);
        ImportPreviewDto? done = null;
        if (await TrySendAsync(async () => done = await sender.Send(new ImportStrategyCommand(Json ?? "", Commit: true), ct), prefix: ""))
        {
            return LocalRedirect($"/{tenant}/strategie/{done!.StrategyId}");
        }

        return Page();
    }
}
