using LvalertTest.Core.Events;

namespace LvalertTest.Core.GraceDb;

/// <summary>A log message: <c>N</c> counts from 1 per event; a file upload gives its name and version.</summary>
public sealed record LogEntry(
    int N,
    string Comment,
    DateTimeOffset Created,
    string Issuer,
    string FileName,
    int? FileVersion,
    IReadOnlyList<string> TagNames)
{
    /// <summary>The real service's file reference, <c>name,version</c>, or null without a file.</summary>
    public string? FileReference => FileVersion is { } v ? $"{FileName},{v}" : null;
}

/// <summary>A label on an event.</summary>
public sealed record LabelRecord(string Name, string Creator, DateTimeOffset Created);

/// <summary>An operator's or advocate's answer to a sign-off request.</summary>
public sealed record SignoffRecord(
    SignoffType SignoffType,
    string Instrument,
    SignoffStatus Status,
    string Comment,
    string Submitter,
    DateTimeOffset Created);

/// <summary>A VOEvent the service issued for an event.</summary>
public sealed record VoEventRecord(
    int N,
    VoEventType VoEventType,
    string Ivorn,
    string FileName,
    int FileVersion,
    DateTimeOffset Created,
    string Issuer,
    string? SkymapType,
    string? SkymapFileName,
    bool Internal,
    bool OpenAlert,
    bool HardwareInjection);

/// <summary>One stored version of an uploaded file; <see cref="Length"/> is -1 where the source does not say (the REST API).</summary>
public sealed record FileVersionRecord(string FileName, int Version, long Length)
{
    public string Reference => $"{FileName},{Version}";
}

/// <summary>What a VOEvent request asks for, beyond its type (the optional fields of the real createVOEvent).</summary>
public sealed record VoEventRequest(
    VoEventType VoEventType,
    string? SkymapType = null,
    string? SkymapFileName = null,
    bool Internal = true,
    bool OpenAlert = false,
    bool HardwareInjection = false);
