using System.Text.Json.Nodes;
using LvalertTest.Core.Events;

namespace LvalertTest.Core.GraceDb;

/// <summary>An event as GraceDb describes it (the fields of the real event JSON; links are made by the serialiser).</summary>
public sealed record GraceEvent
{
    public required GraceId GraceId { get; init; }

    public required string Group { get; init; }

    public required string Pipeline { get; init; }

    public string? Search { get; init; }

    public required string Submitter { get; init; }

    public required DateTimeOffset Created { get; init; }

    public double? GpsTime { get; init; }

    public double? Far { get; init; }

    public bool FarIsUpperLimit { get; init; }

    public string Instruments { get; init; } = string.Empty;

    public int? Nevents { get; init; }

    public double? Likelihood { get; init; }

    public bool Offline { get; init; }

    /// <summary>Current labels, in the order they were applied.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>What the server extracted from the upload, by table name (CoincInspiral, MultiBurst, ...).</summary>
    public JsonObject ExtraAttributes { get; init; } = [];
}
