using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Store;

namespace LvalertTest.FakeGraceDb;

public sealed partial class FileSystemGraceDb
{
    public IReadOnlyList<LabelRecord> Labels(GraceId graceId) => ReadEvent(graceId, CurrentLabels);

    public LabelRecord AddLabel(GraceId graceId, string label, string? creator = null)
    {
        ValidateLabel(label);
        List<Alert> alerts;
        LabelRecord record;
        using (Enter())
        {
            GraceEvent e = CurrentEvent(graceId);
            LabelRecord? existing = CurrentLabels(graceId).Find(l => l.Name == label);
            if (existing is not null)
            {
                // The server's get_or_create: applying a label twice changes nothing and alerts nobody.
                return existing;
            }

            record = new LabelRecord(label, creator ?? _options.DefaultUser, Now);
            alerts = ApplyLabel(e, record);
        }

        Publish(alerts);
        return record;
    }

    public void RemoveLabel(GraceId graceId, string label)
    {
        ValidateLabel(label);
        List<Alert> alerts;
        using (Enter())
        {
            GraceEvent e = CurrentEvent(graceId);
            LabelRecord existing = CurrentLabels(graceId).Find(l => l.Name == label)
                ?? throw new GraceDbNotFoundException($"event {graceId} has no label {label}");
            AppendLabelChange(graceId, "remove", existing with { Created = Now });
            GraceEvent after = e with { Labels = e.Labels.Where(l => l != label).ToList() };
            alerts = Journal(after, AlertEnvelopes.LabelRemoved(Dialect, graceId.ToString(), GraceDbJson.Label(graceId, existing, _options.ServiceUrl), EventJsonForAlert(after)));
        }

        Publish(alerts);
    }

    /// <summary>Appends a label and journals its alert (call under the lock, for a label the event does not have).</summary>
    private List<Alert> ApplyLabel(GraceEvent e, LabelRecord record)
    {
        AppendLabelChange(e.GraceId, "add", record);
        GraceEvent after = e with { Labels = [.. e.Labels, record.Name] };
        return Journal(after, AlertEnvelopes.LabelAdded(Dialect, e.GraceId.ToString(), GraceDbJson.Label(e.GraceId, record, _options.ServiceUrl), EventJsonForAlert(after)));
    }
}
