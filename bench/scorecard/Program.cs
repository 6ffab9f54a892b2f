using Strategy.Testing.Layouts;

// The import scorecard: every test document of tests/Strategy.UnitTests/Import/Layouts through the import,
// as DOCX and as PDF, against its expected model. "--docx DIR" writes the DOCX files (for make-pdfs.sh);
// "--diff" lists what differs; "--blocks FILE" prints the blocks a DOCX or PDF is read into.
var folder = ImportScorecard.Folder;
if (args is ["--docx", var target])
{
    Directory.CreateDirectory(target);
    foreach (var name in ImportScorecard.Documents(folder))
    {
        File.WriteAllBytes(Path.Combine(target, name + ".docx"), LayoutDocx.Write(File.ReadAllText(Path.Combine(folder, name + ".md"))));
    }

    return;
}

if (args is ["--long", var longFile])
{
    // A strategy of about 60 pages as gminy adopt them: a long diagnosis, then the goals (bench/run.sh (h)).
    File.WriteAllBytes(longFile, LayoutDocx.Write(LongStrategy.Markdown()));
    return;
}

if (args is ["--blocks", var file])
{
    // The blocks a document is read into, to see what the structure reader sees.
    var documents = new Strategy.Infrastructure.Documents.StrategyDocuments();
    var bytes = File.ReadAllBytes(file);
    var blocks = file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
        ? documents.ReadPdf(bytes, Strategy.Application.Common.Files.FileLimits.SignedIn)
        : documents.ReadDocx(new MemoryStream(bytes), Strategy.Application.Common.Files.FileLimits.SignedIn);
    foreach (var b in blocks.Blocks)
    {
        Console.WriteLine($"{blocks.Where(b.Place),-10} {b.Kind,-9} {b.Level} {(b.Continued is { } c ? "^" + string.Join(",", c) : ""),-4} {b.Line}");
    }

    return;
}

var scores = ImportScorecard.Run(folder).ToList();
Console.Write(ImportScorecard.Table(scores));
if (args.Contains("--diff"))
{
    foreach (var score in scores.Where(s => s.Differences.Count > 0))
    {
        Console.WriteLine($"\n{score.Document} ({score.Format}):");
        score.Differences.ToList().ForEach(d => Console.WriteLine("  " + d));
    }
}
