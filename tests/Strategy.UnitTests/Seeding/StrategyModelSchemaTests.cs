using NJsonSchema;
using Strategy.Application.Strategies.Format;
using Strategy.Infrastructure.Seeding;
using Strategy.Testing;

namespace Strategy.UnitTests.Seeding;

/// <summary>docs/strategy-model.schema.json describes what the product writes and reads.</summary>
public sealed class StrategyModelSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(
        File.ReadAllText(Path.Combine(SeedDocuments.RepositoryRoot(), "docs", "strategy-model.schema.json"))).GetAwaiter().GetResult();

    [Theory]
    [InlineData(BuiltInModels.Chrzanow)]
    [InlineData(BuiltInModels.Krasnystaw)]
    public void The_built_in_model_files_and_their_rewrites_follow_the_schema(string model)
    {
        var file = File.ReadAllText(BuiltInModels.Default.PathOf(model));
        var written = StrategyModelJson.Write(BuiltInModels.Default.Load(model));

        Assert.Empty(Schema.Validate(file).Select(e => e.ToString()));
        Assert.Empty(Schema.Validate(written).Select(e => e.ToString()));
    }

    [Fact]
    public void A_document_read_from_a_PDF_with_funding_and_time_frames_follows_the_schema()
    {
        var pdf = Path.Combine(Strategy.Testing.Layouts.ImportScorecard.Folder, "kropkowa.pdf");
        var read = Strategy.Testing.Layouts.ImportScorecard.Reader().Read(pdf, File.ReadAllBytes(pdf), null, Strategy.Application.Common.Files.FileLimits.SignedIn).Model;

        Assert.NotNull(read.Elements[0].Children![0].Funding);
        Assert.Empty(Schema.Validate(StrategyModelJson.Write(read)).Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "title": "X", "elements": [] }""", "levels")]
    [InlineData("""{ "formatVersion": 2, "title": "X", "levels": ["Cel"], "elements": [] }""", "formatVersion")]
    [InlineData("""{ "formatVersion": 1, "title": "X", "levels": ["Cel"], "elements": [ { "code": "1", "title": "A", "owner": "?" } ] }""", "owner")]
    [InlineData("""{ "formatVersion": 1, "title": "X", "levels": ["Cel"], "elements": [ { "code": "1", "title": "A", "indicators": [ { "name": "W", "measurements": [ { "year": "2020" } ] } ] } ] }""", "year")]
    public void The_schema_refuses_what_the_importer_refuses(string document, string field)
    {
        var errors = Schema.Validate(document);

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.ToString().Contains(field, StringComparison.Ordinal));
    }
}
