using System.Text.Json;
using System.Text.Json.Serialization;

namespace LvalertTest.Reports.Summary;

public static class SummaryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NewLine = "\n",
    };

    public static string Serialize(RunSummary summary) => JsonSerializer.Serialize(summary, Options);

    public static RunSummary Deserialize(string json) =>
        JsonSerializer.Deserialize<RunSummary>(json, Options) ?? throw new JsonException("summary.json holds null");
}
