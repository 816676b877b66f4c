using System.Globalization;
using System.Security;
using System.Text;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Store;

namespace LvalertTest.FakeGraceDb;

public sealed partial class FileSystemGraceDb
{
    public VoEventRecord CreateVoEvent(GraceId graceId, VoEventRequest request, string? issuer = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.VoEventType is VoEventType.Initial or VoEventType.Update && request.SkymapFileName is null)
        {
            throw new GraceDbValidationException($"a {request.VoEventType} VOEvent needs a sky map file name");
        }

        VoEventRecord record;
        List<Alert> alerts;
        using (Enter())
        {
            GraceEvent e = CurrentEvent(graceId);
            IReadOnlyList<LogEntry> logs = CachedLogs(graceId);
            if (request.SkymapFileName is { } skymap && !logs.Any(l => l.FileName == skymap && l.FileVersion.HasValue))
            {
                throw new GraceDbValidationException($"event {graceId} has no file '{skymap}' to attach to the VOEvent");
            }

            List<VoEventRecord> existing = ReadVoEvents(graceId);
            int n = existing.Count + 1;
            DateTimeOffset now = Now;
            string user = issuer ?? _options.DefaultUser;
            string fileName = VoEventNaming.FileName(graceId, n, request.VoEventType);
            string ivorn = VoEventNaming.Ivorn(graceId, n, request.VoEventType);
            LogEntry log = new LogWriter(this, graceId).Append(now, "New VOEvent", user, fileName, Encoding.UTF8.GetBytes(VoEventXml(e, ivorn, request)), ["em_follow"]);
            record = new VoEventRecord(n, request.VoEventType, ivorn, fileName, log.FileVersion ?? 0, now, user, request.SkymapType, request.SkymapFileName, request.Internal, request.OpenAlert, request.HardwareInjection);
            JsonLines.Append(_files, _layout.VoEvents(graceId), StoredRecords.VoEvent(record));
            alerts = Journal(e, AlertEnvelopes.VoEvent(Dialect, graceId.ToString(), GraceDbJson.VoEvent(graceId, record, _options.ServiceUrl), EventJsonForAlert(e)));
        }

        Publish(alerts);
        return record;
    }

    public IReadOnlyList<VoEventRecord> VoEvents(GraceId graceId) => ReadEvent(graceId, ReadVoEvents);

    private List<VoEventRecord> ReadVoEvents(GraceId id) =>
        JsonLines.Read(_files, _layout.VoEvents(id), Warn).Select(StoredRecords.ReadVoEvent).ToList();

    /// <summary>A small VOEvent 2.0 document with the parameters listeners (TraceT) read from LVC notices.</summary>
    private string VoEventXml(GraceEvent e, string ivorn, VoEventRequest request)
    {
        string role = request.HardwareInjection || e.Group == "Test" ? "test" : "observation";
        string Param(string name, string value) => $"    <Param name=\"{name}\" value=\"{SecurityElement.Escape(value)}\"/>\n";
        string far = e.Far?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
        string isoTime = e.GpsTime is { } gps ? GpsTime.ToUtc(gps).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture) : string.Empty;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + $"<voe:VOEvent xmlns:voe=\"http://www.ivoa.net/xml/VOEvent/v2.0\" version=\"2.0\" role=\"{role}\" ivorn=\"{SecurityElement.Escape(ivorn)}\">\n"
            + "  <What>\n"
            + Param("GraceID", e.GraceId.ToString())
            + Param("AlertType", request.VoEventType.ToString())
            + Param("HardwareInj", request.HardwareInjection ? "1" : "0")
            + Param("OpenAlert", request.OpenAlert ? "1" : "0")
            + Param("Group", e.Group)
            + Param("Pipeline", e.Pipeline)
            + Param("Search", e.Search ?? string.Empty)
            + Param("FAR", far)
            + Param("Instruments", e.Instruments)
            + (request.SkymapFileName is { } map ? Param("skymap_fits", $"{_options.ServiceUrl}events/{e.GraceId}/files/{map}") : string.Empty)
            + "  </What>\n"
            + $"  <WhereWhen><ObsDataLocation><ObservationLocation><AstroCoords><Time><TimeInstant><ISOTime>{isoTime}</ISOTime></TimeInstant></Time></AstroCoords></ObservationLocation></ObsDataLocation></WhereWhen>\n"
            + "</voe:VOEvent>\n";
    }
}
