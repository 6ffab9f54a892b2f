using System.Text.Json;
using System.Text.Json.Serialization;

namespace Strategy.Application.Reports;

/// <summary>How a published report's content is frozen: the whole model as JSON, enums by name.</summary>
internal static class ReportContent
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Freeze(AnnualReportModel report) => JsonSerializer.Serialize(report, Options);

    public static AnnualReportModel Thaw(string content) =>
        JsonSerializer.Deserialize<AnnualReportModel>(content, Options) ?? throw new InvalidOperationException("A published report without content.");
}
