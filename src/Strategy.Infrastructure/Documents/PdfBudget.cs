using System.IO.Compression;
using System.Text;
using Strategy.Application.Common.Files;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// A PDF's compressed streams, inflated once into nothing and counted before PdfPig reads a page: PdfPig
/// inflates a page's content whole, and a few megabytes of Flate can hold gigabytes. Images are left out,
/// as reading text never decodes them; a stream that is not Flate fails its header at once and counts nothing.
/// </summary>
internal static class PdfBudget
{
    private static readonly byte[] Stream = "stream"u8.ToArray();
    private static readonly byte[] EndStream = "endstream"u8.ToArray();

    // How far back from "stream" its dictionary is looked for.
    private const int DictionaryReach = 2048;

    public static void Check(byte[] pdf, FileLimits limits)
    {
        long total = 0;
        var buffer = new byte[81_920];
        var at = 0;
        while ((at = IndexOf(pdf, Stream, at)) >= 0)
        {
            var start = at + Stream.Length;
            var isEnd = at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd';
            if (start < pdf.Length && pdf[start] == '\r')
            {
                start++;
            }

            if (isEnd || start >= pdf.Length || pdf[start] != '\n')
            {
                at = start;
                continue;
            }

            start++;
            var end = IndexOf(pdf, EndStream, start);
            if (end < 0)
            {
                return;
            }

            if (!IsImage(pdf, at))
            {
                var inflated = Inflated(pdf, start, end - start, Math.Min(limits.MaxPartBytes, limits.MaxUnpackedBytes - total), buffer);
                if (inflated > limits.MaxPartBytes)
                {
                    throw limits.Exceeded($"najwyżej {FileLimits.Megabytes(limits.MaxPartBytes)} MB po rozpakowaniu jednego strumienia PDF");
                }

                total += inflated;
                if (total > limits.MaxUnpackedBytes)
                {
                    throw limits.Exceeded($"najwyżej {FileLimits.Megabytes(limits.MaxUnpackedBytes)} MB treści PDF po rozpakowaniu");
                }
            }

            at = end + EndStream.Length;
        }
    }

    /// <summary>Bytes the stream inflates to, read no further than one past <paramref name="budget"/>.</summary>
    private static long Inflated(byte[] pdf, int start, int length, long budget, byte[] buffer)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(pdf, start, length, writable: false), CompressionMode.Decompress);
            long count = 0;
            int read;
            while (count <= budget && (read = zlib.Read(buffer)) > 0)
            {
                count += read;
            }

            return count;
        }
        catch (InvalidDataException)
        {
            return 0;
        }
    }

    private static bool IsImage(byte[] pdf, int streamAt)
    {
        var from = Math.Max(0, streamAt - DictionaryReach);
        var dictionary = Encoding.Latin1.GetString(pdf, from, streamAt - from);
        var objectStart = dictionary.LastIndexOf(" obj", StringComparison.Ordinal);
        var own = objectStart < 0 ? dictionary : dictionary[objectStart..];
        return own.Contains("/Image", StringComparison.Ordinal);
    }

    private static int IndexOf(byte[] data, byte[] value, int from) =>
        from >= data.Length ? -1 : data.AsSpan(from).IndexOf(value) is var i and >= 0 ? from + i : -1;
}
