using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Queue;
using LvalertTest.Supervisor.TraceT.Decisions;
using LvalertTest.Supervisor.TraceT.Notices;

namespace LvalertTest.Supervisor.TraceT.Process;

/// <summary>
/// The <c>tracet</c> process type: TraceT listening on the supervisor's alert stream. It reads three kinds of alert:
/// raw GCN notices (<see cref="NoticeAlerts"/>), GraceDb <c>voevent</c> alerts (igwn dialect) and legacy
/// <c>update</c> alerts whose object is a VOEvent record; the VOEvent text is taken from the alert when it carries
/// one (<c>text</c>) and otherwise fetched from GraceDb. Decisions are made on arrival, not at a deadline, so it
/// queues no items. A packet already seen (the server publishes to two nodes) is handled once. A packet that cannot
/// be parsed throws before anything is stored; the engine logs and mails it.
/// </summary>
public sealed class TraceTProcessType(TraceTService service, ISupervisorLog log, IGraceDb? graceDb = null) : IProcessType
{
    public const string ProcessTypeName = "tracet";

    private readonly SortedSet<string> _seen = new(StringComparer.Ordinal);

    public string Name => ProcessTypeName;

    public TraceTService Service => service;

    /// <summary>Every notice's outcome, in arrival order (for scenarios and assertions).</summary>
    public List<NoticeOutcome> Outcomes { get; } = [];

    public void Handle(JsonObject alert, DateTimeOffset t0, SortedQueue queue)
    {
        ArgumentNullException.ThrowIfNull(alert);
        string uid = (alert["uid"] as JsonValue)?.ToString() ?? throw new InvalidDataException("the alert has no uid");
        string alertType = (alert["alert_type"] as JsonValue)?.ToString() ?? throw new InvalidDataException($"alert for {uid} has no alert_type");
        (string? packet, string source) = Packet(alert, uid, alertType);
        if (packet is null)
        {
            log.Write(t0, uid, $"tracet: nothing to do for a {alertType} alert");
            return;
        }

        if (!_seen.Add(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(packet)))))
        {
            log.Write(t0, uid, $"tracet: ignoring a duplicate of {source}");
            return;
        }

        ParsedNotice notice;
        try
        {
            notice = NoticeReader.Parse(packet, t0, source);
        }
        catch (NoticeFormatException e)
        {
            _seen.Remove(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(packet))));
            throw new InvalidDataException(e.Message, e);
        }

        NoticeOutcome outcome = service.Receive(notice);
        Outcomes.Add(outcome);
        Report(t0, notice, outcome);
    }

    private void Report(DateTimeOffset t0, ParsedNotice notice, NoticeOutcome outcome)
    {
        string id = notice.TrigId;
        if (outcome.Ignored)
        {
            log.Write(t0, id, $"tracet: {notice.Telescope} {notice.EventType} notice {outcome.NoticeId} ignored: {outcome.IgnoreReason}");
            return;
        }

        log.Write(t0, id, $"tracet: {notice.Telescope} {notice.EventType} notice {outcome.NoticeId} for {notice.SourceType ?? "unknown source"} {id}");
        foreach (DecisionChange change in outcome.Decisions)
        {
            log.Write(t0, id, $"tracet: {change.ProposalKey} ({change.Telescope}) decision {change.Code.Letter()}: {string.Join(" | ", change.NewReasons.Select(r => r.Length > 28 ? r[28..] : r))}");
        }

        foreach (Telescopes.Observation o in outcome.Observations)
        {
            log.Write(t0, id, FormattableString.Invariant($"tracet: {o.Telescope} observation {o.TriggerId} for {o.ProposalKey}: {o.Reason}"));
        }
    }

    private (string? Packet, string Source) Packet(JsonObject alert, string uid, string alertType)
    {
        if (NoticeAlerts.Is(alert))
        {
            JsonObject notice = alert["object"] as JsonObject ?? throw new InvalidDataException("a gcn_notice alert has no object");
            string topic = (notice["topic"] as JsonValue)?.ToString() ?? "gcn";
            return ((notice["packet"] as JsonValue)?.ToString() ?? throw new InvalidDataException($"the {topic} notice has no packet"), $"notice on {topic}");
        }

        // igwn: {alert_type: voevent, data: record}; legacy: {alert_type: update, object: record with an ivorn}.
        JsonObject? record = alertType switch
        {
            "voevent" => alert["data"] as JsonObject,
            "update" when alert["object"] is JsonObject o && o.ContainsKey("ivorn") => o,
            _ => null,
        };
        if (record is null)
        {
            return (null, uid);
        }

        string fileName = (record["filename"] as JsonValue)?.ToString() ?? throw new InvalidDataException($"the VOEvent record of {uid} has no filename");
        string source = $"{uid} {fileName}";
        if ((record["text"] as JsonValue)?.ToString() is { } text)
        {
            return (text, source);
        }

        if (graceDb is null || !GraceId.TryParse(uid, out GraceId graceId))
        {
            throw new InvalidDataException($"{source}: the alert carries no VOEvent text and there is no GraceDb to fetch it from");
        }

        string version = record["file_version"]?.ToString() ?? string.Empty;
        byte[] contents = graceDb.FileContents(graceId, version.Length > 0 ? $"{fileName},{version}" : fileName);
        return (Encoding.UTF8.GetString(contents), source);
    }
}
