using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.ApprovalProcessor;

/// <summary>What the approval processor works with: GraceDb, its childConfig, mail and its log.</summary>
public sealed class ApContext(IGraceDb graceDb, ApConfig config, INotifier notifier, ISupervisorLog log)
{
    /// <summary>The tag of every comment the processor writes (the original's <c>em_follow</c>).</summary>
    public const string Tag = "em_follow";

    public IGraceDb GraceDb { get; } = graceDb;

    public ApConfig Config { get; } = config;

    public INotifier Notifier { get; } = notifier;

    public ISupervisorLog Log { get; } = log;

    /// <summary>
    /// Writes an <c>AP:</c> comment once per event (the original's loggerCheck). All comments are tagged
    /// <c>em_follow</c>; the original left the ifos rejection untagged (B13), a slip nothing relied on.
    /// </summary>
    public void Comment(ApEventRecord record, DateTimeOffset now, string message)
    {
        if (record.Written.Add(message))
        {
            GraceDb.WriteLog(GraceId.Parse(record.GraceId), message, tagNames: [Tag]);
            Log.Write(now, record.GraceId, message);
        }
    }

    /// <summary>Applies a label once per event, with its <c>AP: Labeling X.</c> comment.</summary>
    public void Label(ApEventRecord record, DateTimeOffset now, string label)
    {
        if (!record.Written.Contains($"AP: Labeling {label}."))
        {
            Comment(record, now, $"AP: Labeling {label}.");
            GraceDb.AddLabel(GraceId.Parse(record.GraceId), label);
        }
    }

    public void Mail(DateTimeOffset now, IReadOnlyList<string> to, string subject, string body)
    {
        if (to.Count > 0)
        {
            Notifier.Send(new Email(now, to, subject, body));
        }
    }
}
