using System.Text.Json.Nodes;

namespace LvalertTest.FakeGraceDb.Uploads;

/// <summary>What the server extracts from an upload into the event's top level and extra_attributes.</summary>
internal sealed record UploadAttributes(
    double? GpsTime,
    double? Far,
    string Instruments,
    double? Likelihood,
    int? Nevents,
    JsonObject ExtraAttributes,
    IReadOnlyList<ServerLog> ServerLogs);

/// <summary>A log entry the server writes itself while ingesting an upload (e.g. "Coinc Table Created").</summary>
internal sealed record ServerLog(string Comment, string? FileName = null, byte[]? FileContents = null);
