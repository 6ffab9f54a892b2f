namespace Strategy.Web.Pages;

/// <summary>An uploaded strategy file as the use cases take it: its name and bytes (none when nothing was chosen).</summary>
public static class StartingFile
{
    public static async Task<(string? Name, byte[]? Content)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return (null, null);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return (file.FileName, buffer.ToArray());
    }
}
