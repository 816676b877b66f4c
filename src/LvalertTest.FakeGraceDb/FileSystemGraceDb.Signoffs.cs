using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Store;

namespace LvalertTest.FakeGraceDb;

public sealed partial class FileSystemGraceDb
{
    public SignoffRecord CreateSignoff(GraceId graceId, SignoffType signoffType, string? instrument, SignoffStatus status, string comment, string? submitter = null)
    {
        ArgumentNullException.ThrowIfNull(comment);
        string checkedInstrument = SignoffRules.NormaliseInstrument(signoffType, instrument);
        string request = SignoffRules.RequestLabel(signoffType, checkedInstrument);
        string answer = SignoffRules.AnswerLabel(signoffType, checkedInstrument, status);
        SignoffRecord record;
        List<Alert> alerts;
        using (Enter())
        {
            GraceEvent e = CurrentEvent(graceId);
            if (ReadSignoffs(graceId).Exists(s => s.SignoffType == signoffType && s.Instrument == checkedInstrument))
            {
                throw new GraceDbConflictException($"event {graceId} already has a {signoffType} sign-off{(checkedInstrument.Length > 0 ? " for " + checkedInstrument : string.Empty)}");
            }

            List<LabelRecord> labels = CurrentLabels(graceId);
            LabelRecord requested = labels.Find(l => l.Name == request)
                ?? throw new GraceDbConflictException($"event {graceId} has no {request} label: nobody asked for this sign-off");

            DateTimeOffset now = Now;
            string user = submitter ?? _options.DefaultUser;
            record = new SignoffRecord(signoffType, checkedInstrument, status, comment, user, now);

            // The server's order: the request label goes silently, the answer label is applied (with its alert),
            // the sign-off is logged, and the signoff alert comes last.
            AppendLabelChange(graceId, "remove", requested with { Created = now });
            GraceEvent withoutRequest = e with { Labels = e.Labels.Where(l => l != request).ToList() };
            alerts = ApplyLabel(withoutRequest, new LabelRecord(answer, user, now));
            GraceEvent after = withoutRequest with { Labels = [.. withoutRequest.Labels, answer] };
            new LogWriter(this, graceId).Append(now, SignoffRules.LogComment(signoffType, checkedInstrument, status, comment), user, null, null, ["em_follow"]);
            JsonLines.Append(_files, _layout.Signoffs(graceId), GraceDbJson.Signoff(record));
            alerts.AddRange(Journal(after, AlertEnvelopes.Signoff(Dialect, graceId.ToString(), GraceDbJson.Signoff(record), EventJsonForAlert(after))));
        }

        Publish(alerts);
        return record;
    }

    public IReadOnlyList<SignoffRecord> Signoffs(GraceId graceId) => ReadEvent(graceId, ReadSignoffs);

    private List<SignoffRecord> ReadSignoffs(GraceId id) =>
        JsonLines.Read(_files, _layout.Signoffs(id), Warn).Select(StoredRecords.ReadSignoff).ToList();
}
