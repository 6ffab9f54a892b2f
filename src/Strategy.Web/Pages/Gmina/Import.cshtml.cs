using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Strategies.Commands.ImportStrategy;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Import;
using Strategy.Application.Strategies.Queries.ConvertStrategyFile;
using Strategy.Application.Strategies.Queries.GetImportOptions;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// Import a strategy from a file: upload, read the preview, correct it, then confirm. Nothing is
/// saved before. The file travels from the preview to the confirmation in the form itself (no
/// server-side state), and the corrections with it.
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

    [BindProperty]
    public CorrectionsInput Poprawki { get; set; } = new();

    public ImportPreviewDto? Preview { get; private set; }

    public ImportOptionsDto Options { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Options = await sender.Send(new GetImportOptionsQuery(), ct);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        Options = await sender.Send(new GetImportOptionsQuery(), ct);
        if (Plik is null || Plik.Length == 0)
        {
            ModelState.AddModelError(nameof(Plik), $"Wybierz plik strategii ({StrategyFileReader.FormatNames}).");
            return Page();
        }

        using var buffer = new MemoryStream();
        await Plik.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        ImportPreviewDto? preview = null;
        if (await TrySendAsync(async () => preview = await sender.Send(new ImportStrategyCommand(Plik.FileName, bytes, Tytul, Commit: false), ct), prefix: ""))
        {
            FileName = Plik.FileName;
            Upload = Convert.ToBase64String(bytes);
            ShowPreview(preview!);
        }

        return Page();
    }

    /// <summary>Applies the corrections and shows the preview again.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken ct)
    {
        Options = await sender.Send(new GetImportOptionsQuery(), ct);
        await PreviewAgainAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string tenant, CancellationToken ct)
    {
        Options = await sender.Send(new GetImportOptionsQuery(), ct);
        ImportPreviewDto? done = null;
        if (ModelState.IsValid && await TrySendAsync(async () => done = await sender.Send(new ImportStrategyCommand(FileName ?? "", Bytes(), Tytul, Commit: true, Poprawki.ToCorrections()), ct), prefix: ""))
        {
            return LocalRedirect($"/{tenant}/strategie/{done!.StrategyId}");
        }

        // The errors stand above the preview, so the person corrects and tries again.
        await PreviewAgainAsync(ct);
        return Page();
    }

    /// <summary>What was read, corrections applied, as a file to correct further in a spreadsheet and import again.</summary>
    public async Task<IActionResult> OnPostDownloadAsync(string format, CancellationToken ct)
    {
        var target = format == "json" ? StrategyFileFormat.Json : StrategyFileFormat.Xlsx;
        StrategyFile? file = null;
        if (ModelState.IsValid && await TrySendAsync(async () => file = await sender.Send(new ConvertStrategyFileQuery(FileName ?? "", Bytes(), Tytul, target, Poprawki.ToCorrections()), ct), prefix: ""))
        {
            return File(file!.Content, file.ContentType, file.FileName);
        }

        Options = await sender.Send(new GetImportOptionsQuery(), ct);
        await PreviewAgainAsync(ct);
        return Page();
    }

    private async Task PreviewAgainAsync(CancellationToken ct)
    {
        // Corrections that cannot be applied leave the preview as it was read, the errors above it.
        var corrections = ModelState.IsValid ? Poprawki.ToCorrections() : null;
        ImportPreviewDto? preview = null;
        if (await TrySendAsync(async () => preview = await sender.Send(new ImportStrategyCommand(FileName ?? "", Bytes(), Tytul, Commit: false, corrections), ct), prefix: "")
            || (corrections is not null && await TrySendAsync(async () => preview = await sender.Send(new ImportStrategyCommand(FileName ?? "", Bytes(), Tytul, Commit: false), ct), prefix: "")))
        {
            Preview = preview;
        }
    }

    private void ShowPreview(ImportPreviewDto preview)
    {
        Preview = preview;
        Poprawki = CorrectionsInput.From(preview);
    }

    private byte[] Bytes()
    {
        try
        {
            return Upload is null ? [] : Convert.FromBase64String(Upload);
        }
        catch (FormatException)
        {
            return [];
        }
    }

    /// <summary>The correction fields of the preview form.</summary>
    public sealed class CorrectionsInput
    {
        public string? Title { get; set; }

        [Display(Name = "początek okresu")]
        public int? PeriodStart { get; set; }

        [Display(Name = "koniec okresu")]
        public int? PeriodEnd { get; set; }

        public string? Resolution { get; set; }

        public bool Adopted { get; set; }

        public List<string> Levels { get; set; } = [];

        public Dictionary<int, string> Titles { get; set; } = [];

        public List<int> Excluded { get; set; } = [];

        /// <summary>Position → the level chosen in the preview.</summary>
        public Dictionary<int, int> ElementLevels { get; set; } = [];

        /// <summary>Position → the level the preview showed: only a level the person changed moves an element, so its subtree moves with it.</summary>
        public Dictionary<int, int> ShownLevels { get; set; } = [];

        /// <summary>Position → the position of the element it stands under (−1: the top).</summary>
        public Dictionary<int, int> Parents { get; set; } = [];

        /// <summary>"position-index" → the indicator's fields.</summary>
        public Dictionary<string, IndicatorInput> Indicators { get; set; } = [];

        public List<InstitutionInput> Institutions { get; set; } = [];

        public static CorrectionsInput From(ImportPreviewDto p) => new()
        {
            Title = p.Title,
            PeriodStart = p.PeriodStart,
            PeriodEnd = p.PeriodEnd,
            Resolution = p.AdoptionResolution,
            Adopted = p.Adopted,
            Levels = [.. p.Levels.Select(l => l.Name)],
            Titles = p.Elements.ToDictionary(e => e.Position, e => e.Title),
            Excluded = [.. p.Elements.Where(e => e.Excluded).Select(e => e.Position)],
        };

        public ImportCorrections ToCorrections() =>
            new(
                Title,
                PeriodStart,
                PeriodEnd,
                Resolution ?? "",
                Adopted,
                Levels.Count > 0 ? Levels : null,
                Titles,
                Excluded,
                ElementLevels.Where(l => ShownLevels.GetValueOrDefault(l.Key) != l.Value).ToDictionary(),
                Parents,
                Indicators.ToDictionary(i => i.Key, i => new IndicatorCorrection(i.Value.Name ?? "", i.Value.Unit ?? "", i.Value.DataSource ?? "", i.Value.Excluded)),
                Institutions.Where(i => i.Read is not null).DistinctBy(i => i.Read).ToDictionary(i => i.Read!, i => i.Excluded ? "" : string.IsNullOrWhiteSpace(i.Name) ? i.Read! : i.Name));
    }

    public sealed class IndicatorInput
    {
        public string? Name { get; set; }

        public string? Unit { get; set; }

        public string? DataSource { get; set; }

        public bool Excluded { get; set; }
    }

    public sealed class InstitutionInput
    {
        /// <summary>The name as read: what the correction applies to.</summary>
        public string? Read { get; set; }

        public string? Name { get; set; }

        public bool Excluded { get; set; }
    }
}
