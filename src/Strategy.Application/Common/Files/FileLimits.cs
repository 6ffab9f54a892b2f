using System.Globalization;
using Strategy.Domain.Common;

namespace Strategy.Application.Common.Files;

/// <summary>
/// What reading one uploaded file may cost. Every reader checks these as it goes, so a file over a
/// limit is refused before it has grown in memory: a ZIP package (DOCX, XLSX) by its parts and their
/// unpacked sizes before anything is parsed, a sheet by its rows, columns and cells, a text by its
/// characters and lines, a PDF by its pages before any is read. Anonymous uploads (a gmina's sign-up) get the tighter set. The values and
/// why they are what they are: docs/security.md.
/// </summary>
public sealed record FileLimits(
    string Who,
    int MaxFileBytes,
    long MaxPartBytes,
    long MaxUnpackedBytes,
    int MaxParts,
    int MaxRows,
    int MaxColumns,
    int MaxCells,
    int MaxCharacters,
    int MaxPages)
{
    /// <summary>A signed-in import: Chrzanów's strategy is 75 kB of text, 2,000 lines, a 1 MB document part.</summary>
    public static readonly FileLimits SignedIn = new(
        "", MaxFileBytes: 5 * 1024 * 1024, MaxPartBytes: 25 * 1024 * 1024, MaxUnpackedBytes: 50 * 1024 * 1024,
        MaxParts: 300, MaxRows: 50_000, MaxColumns: 200, MaxCells: 200_000, MaxCharacters: 5_000_000, MaxPages: 500);

    /// <summary>A sign-up's strategy file, sent by anyone: still five times the largest real strategy.</summary>
    public static readonly FileLimits Anonymous = new(
        " w zgłoszeniu bez logowania", MaxFileBytes: 2 * 1024 * 1024, MaxPartBytes: 10 * 1024 * 1024, MaxUnpackedBytes: 20 * 1024 * 1024,
        MaxParts: 100, MaxRows: 10_000, MaxColumns: 100, MaxCells: 50_000, MaxCharacters: 1_000_000, MaxPages: 200);

    /// <summary>A partner's filled-in to-do sheet: a few dozen rows.</summary>
    public static readonly FileLimits EntrySheet = SignedIn with { MaxFileBytes = 2 * 1024 * 1024, MaxRows = 5_000, MaxColumns = 50, MaxCells = 50_000 };

    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public void CheckFileSize(long bytes)
    {
        if (bytes > MaxFileBytes)
        {
            throw new DomainException($"Plik jest za duży: dopuszczalne jest {Megabytes(MaxFileBytes)} MB{Who}.");
        }
    }

    /// <summary>The refusal for one limit, named as a person reads it ("najwyżej 50 000 komórek arkusza").</summary>
    public DomainException Exceeded(string limit) =>
        new($"Plik przekracza dopuszczalny rozmiar{Who}: {limit}. Usuń z niego to, co nie należy do strategii (puste wiersze i kolumny, obrazy), albo podziel go, i spróbuj ponownie.");

    public string Count(long value) => value.ToString("N0", Polish);

    public static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
}
