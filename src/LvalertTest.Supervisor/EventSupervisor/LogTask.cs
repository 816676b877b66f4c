using System.Text.Json.Nodes;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// A check for a log message (the original's <c>check4log</c>): some log's comment contains the fragment (or, with
/// <c>regex</c>, starts with a match of it), with exactly the given tags when tags are asked for.
/// </summary>
public class LogTask(EsTaskSetup setup, string name, string description, TimeSpan timeout, string fragment, bool regex = false, IReadOnlyList<string>? tags = null)
    : EsTask(setup, name, description, timeout)
{
    public string Fragment { get; } = fragment;

    protected override CheckResult Check(DateTimeOffset now)
    {
        string quoted = regex ? $"a log message matching '{Fragment}'" : $"a log message containing '{Fragment}'";
        // The supervisor's own annotations quote the fragment ("could not find ... '<fragment>'"): never evidence.
        LogEntry? found = GraceDb.Logs(Event).FirstOrDefault(l => !l.TagNames.Contains(EsTask.AnnotationTag) && Matching.Matches(l.Comment, Fragment, regex));
        if (found is null)
        {
            return new CheckResult(true, $"could not find {quoted}");
        }

        return tags is null || Matching.SameTags(found.TagNames, tags)
            ? new CheckResult(false, $"found {quoted}")
            : new CheckResult(true, $"found {quoted} but with incorrect tagnames ({string.Join(",", found.TagNames)})");
    }

    public override bool SatisfiedBy(JsonObject alert) =>
        alert?["description"] is JsonValue d && Matching.Matches(d.ToString(), Fragment, regex);
}
