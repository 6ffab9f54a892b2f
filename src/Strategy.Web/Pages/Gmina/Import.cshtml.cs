using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Strategies.Commands.ImportStrategy;
using Strategy.Application.Strategies.Queries.GetImportOptions;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// Import a strategy from a file: upload, read the preview, then confirm. Nothing is saved before.
/// The file travels from the preview to the confirmation in the form itself (no server-side state).
/// </summary>
[RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024, MultipartBodyLengthLimit = 8 * 1024 * 1024)]
[RequestSizeLimit(16 * 1024 * 1024)]
public sealed class ImportModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public IFormFile? Plik { get; set; }

    /// <summary>Used when the document itself has no title (e.g. the text of a strategy's programme part).</summary>
    [BindProperty]
    public string? Tytul { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    /// <summary>The uploaded file, base64, carried from the preview to the confirmation.</summary>
    [BindProperty]
    public string? Upload { get; set; }

    public ImportPreviewDto? Preview { get; private set; }

    public ImportOptionsDto Options { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Options = await sender.Send(new GetImportOptionsQuery(), ct);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        Options = await sender.Send(new GetImportOptionsQuery(), ct);
        if (Plik is null || Plik.Length == 0)
        {
            ModelState.AddModelError(nameof(Plik), "Wybierz plik strategii (JSON, TXT albo DOCX).");
            return Page();
        }

        using var buffer = new MemoryStream();
        await Plik.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        ImportPreviewDto? preview = null;
        if (await TrySendAsync(async () => preview = await sender.Send(new ImportStrategyCommand(Plik.FileName, bytes, Tytul, Commit: false), ct), prefix: ""))
        {
            Preview = preview;
            FileName = Plik.FileName;
            Upload = Convert.ToBase64String(bytes);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string tenant, CancellationToken ct)
    {
        Options = await sender.Send(new GetImportOptionsQuery(), ct);
        var bytes = Upload is null ? [] : Convert.FromBase64String(Upload);
        ImportPreviewDto? done = null;
        if (await TrySendAsync(async () => done = await sender.Send(new ImportStrategyCommand(FileName ?? "", bytes, Tytul, Commit: true), ct), prefix: ""))
        {
            return LocalRedirect($"/{tenant}/strategie/{done!.StrategyId}");
        }

        return Page();
    }
}
