using Strategy.Application.Strategies.Format;
using System.Text.Json;
using Strategy.Domain.Common;

namespace Strategy.Infrastructure.Seeding;

/// <summary>
/// The strategy models that ship with the product (<c>Seeding/Models/*.strategy.json</c>), each a
/// real gmina's strategy reproduced in the import/export format.
/// </summary>
public sealed class BuiltInModels(string folder)
{
    public const string Chrzanow = "chrzanow";
    public const string Krasnystaw = "krasnystaw";

    public static BuiltInModels Default { get; } = new(Path.Combine(AppContext.BaseDirectory, "Seeding", "Models"));

    public string PathOf(string name) => Path.Combine(folder, name + ".strategy.json");

    /// <summary>Reads and checks a model; any problem is reported with the file's full path.</summary>
    public StrategyModel Load(string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            throw new BuiltInModelException(path, "the file is missing");
        }

        try
        {
            using var stream = File.OpenRead(path);
            var model = JsonSerializer.Deserialize<StrategyModel>(stream, StrategyModelJson.Options)
                ?? throw new BuiltInModelException(path, "the file is empty");

            // Importing once validates every domain rule (levels, titles, values) before anything is saved.
            StrategyModelImporter.Import(model, []);
            return model;
        }
        catch (JsonException e)
        {
            throw new BuiltInModelException(path, $"invalid JSON at {e.Path} (line {e.LineNumber + 1}): {e.Message}", e);
        }
        catch (DomainException e)
        {
            throw new BuiltInModelException(path, e.Message, e);
        }
    }
}

public sealed class BuiltInModelException(string path, string problem, Exception? inner = null)
    : Exception($"Built-in strategy model '{path}' cannot be used: {problem}", inner)
{
    public string FilePath { get; } = path;
}
