using FluentValidation;
using FluentValidation.Results;
using Strategy.Application.Common.Files;
using Strategy.Application.Reports;
using Strategy.Application.Strategies.Format;

namespace Strategy.Web.Api;

/// <summary>Files over the API: the body's content type as a file name, the format parameter, a download.</summary>
internal static class ApiFiles
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string PdfContentType = "application/pdf";

    /// <summary>The import reads files by their extension; over HTTP the content type stands for it.</summary>
    public static string ImportFileName(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "application/json" => "import.json",
        "text/plain" => "import.txt",
        DocxContentType => "import.docx",
        PdfContentType => "import.pdf",
        StrategyFileWriter.XlsxContentType => "import.xlsx",
        StrategyFileWriter.CsvContentType => "import.csv",
        var other => $"import ({other ?? "bez typu"})",
    };

    /// <summary>
    /// The request's body as a file, read no further than the limit: a larger one is refused by what was
    /// read so far, without waiting for (or keeping) the rest.
    /// </summary>
    public static async Task<byte[]> ReadBodyAsync(HttpRequest request, FileLimits limits, CancellationToken ct)
    {
        limits.CheckFileSize(request.ContentLength ?? 0);
        using var body = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            limits.CheckFileSize(body.Length + read);
            body.Write(buffer, 0, read);
        }

        return body.ToArray();
    }

    /// <summary>A file sent as base64 in a JSON body: its length checked before it is decoded.</summary>
    public static byte[] FromBase64(string? content, FileLimits limits)
    {
        limits.CheckFileSize((content?.Length ?? 0) / 4L * 3);
        try
        {
            return Convert.FromBase64String(content ?? "");
        }
        catch (FormatException)
        {
            throw new ValidationException([new ValidationFailure("content", "Pole content musi zawierać plik zapisany w base64.")]);
        }
    }

    public static StrategyFileFormat Format(string? format) => format?.ToLowerInvariant() switch
    {
        null or "" or "json" => StrategyFileFormat.Json,
        "xlsx" => StrategyFileFormat.Xlsx,
        "csv" => StrategyFileFormat.Csv,
        _ => throw new ValidationException([new ValidationFailure("format", "Dozwolone formaty: json, xlsx, csv.")]),
    };

    // IResult, not the typed result: that one would document a 200 without content types over the ones declared below.
    public static IResult Download(StrategyFile file) => Results.File(file.Content, file.ContentType, file.FileName);

    public static IResult Download(ReportFileDto file) => Results.File(file.Content, DocxContentType, file.FileName);
}
