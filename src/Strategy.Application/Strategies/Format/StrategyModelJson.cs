using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Strategy.Domain.Common;

namespace Strategy.Application.Strategies.Format;

/// <summary>Reading and writing the strategy model format: strict on input, tidy and readable on output.</summary>
public static partial class StrategyModelJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // Polish letters and typographic quotes are written as they are, so the file reads like the document.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses a document; a malformed one is refused with the line and position, in Polish.</summary>
    public static StrategyModel Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<StrategyModel>(json, Options) ?? throw new DomainException("Plik jest pusty.");
        }
        catch (JsonException e)
        {
            if (MissingFields().Match(e.Message) is { Success: true } missing)
            {
                throw new DomainException($"W dokumencie strategii brakuje wymaganych pól: {missing.Groups[1].Value}.");
            }

            var where = e.LineNumber is { } line ? $" w wierszu {line + 1}, znak {e.BytePositionInLine + 1}" : "";
            throw new DomainException($"Plik nie jest poprawnym dokumentem strategii{where}{(e.Path is { Length: > 1 } path ? $" (pole {path})" : "")}.");
        }
    }

    public static string Write(StrategyModel model) => JsonSerializer.Serialize(model, Options);

    // System.Text.Json names the missing constructor parameters in its (English) message.
    [GeneratedRegex("missing required properties including: (.+)\\.?$", RegexOptions.NonBacktracking)]
    private static partial Regex MissingFields();
}
