using LvalertTest.Core.Events;

namespace LvalertTest.Core.GraceDb;

/// <summary>
/// The GraceDb REST client's calls (ligo.gracedb.rest.GraceDb), so a fake and the real service are interchangeable.
/// Failures are <see cref="GraceDbException"/>s with the real server's meanings; a failed call changes nothing.
/// </summary>
public interface IGraceDb
{
    /// <summary>A pipeline upload: validates group / pipeline / search / labels, parses the file, issues <c>new</c>.</summary>
    GraceEvent CreateEvent(string group, string pipeline, string? search, string fileName, byte[] fileContents, IReadOnlyList<string>? labels = null, bool offline = false, string? submitter = null);

    GraceEvent Event(GraceId graceId);

    /// <summary>Events matching a query in the real service's forms (see the query parser); unknown syntax throws.</summary>
    IReadOnlyList<GraceEvent> Events(string query);

    LogEntry WriteLog(GraceId graceId, string comment, string? fileName = null, byte[]? fileContents = null, IReadOnlyList<string>? tagNames = null, string? issuer = null);

    IReadOnlyList<LogEntry> Logs(GraceId graceId);

    IReadOnlyList<LabelRecord> Labels(GraceId graceId);

    /// <summary>Applies a label; applying one the event already has changes nothing and issues no alert (as the server).</summary>
    LabelRecord AddLabel(GraceId graceId, string label, string? creator = null);

    void RemoveLabel(GraceId graceId, string label);

    /// <summary>Every stored file version, oldest first.</summary>
    IReadOnlyList<FileVersionRecord> Files(GraceId graceId);

    /// <summary>A file's bytes: <c>name</c> for the latest version, <c>name,N</c> for version N.</summary>
    byte[] FileContents(GraceId graceId, string fileReference);

    /// <summary>Answers a sign-off request (H1OPS, L1OPS, V1OPS, ADVREQ) with OK or NO, as the server does.</summary>
    SignoffRecord CreateSignoff(GraceId graceId, SignoffType signoffType, string? instrument, SignoffStatus status, string comment, string? submitter = null);

    IReadOnlyList<SignoffRecord> Signoffs(GraceId graceId);

    VoEventRecord CreateVoEvent(GraceId graceId, VoEventRequest request, string? issuer = null);

    IReadOnlyList<VoEventRecord> VoEvents(GraceId graceId);
}
