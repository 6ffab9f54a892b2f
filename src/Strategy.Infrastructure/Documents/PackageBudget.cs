using System.IO.Compression;
using Strategy.Application.Common.Files;
using Strategy.Domain.Common;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// A DOCX or XLSX is a ZIP package whose parts may unpack to a thousand times their packed size. Before
/// the Open XML SDK sees one, every part is unpacked once into nothing, counting: the number of parts,
/// each part's real size (the sizes the ZIP declares may lie) and the total. Only a package within the
/// limits is parsed, so parsing works on a bounded amount of XML.
/// </summary>
internal static class PackageBudget
{
    public static void Check(Stream package, FileLimits limits, Func<DomainException> damaged)
    {
        var start = package.Position;
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxParts)
            {
                throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxParts)} części pakietu ZIP");
            }

            var buffer = new byte[81_920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                long size = 0;
                int read;
                while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    size += read;
                    total += read;
                    if (size > limits.MaxPartBytes)
                    {
                        throw limits.Exceeded($"najwyżej {FileLimits.Megabytes(limits.MaxPartBytes)} MB jednej części po rozpakowaniu");
                    }

                    if (total > limits.MaxUnpackedBytes)
                    {
                        throw limits.Exceeded($"najwyżej {FileLimits.Megabytes(limits.MaxUnpackedBytes)} MB po rozpakowaniu");
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            // Not a ZIP at all (a password-protected Office file is an OLE compound file), or an encrypted entry.
            throw damaged();
        }

        package.Position = start;
    }
}
