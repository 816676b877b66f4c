using System.Globalization;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Reports.Soak;
using LvalertTest.Reports.Summary;
using LvalertTest.Scenarios.Model;
using LvalertTest.Supervisor.EventSupervisor;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Scenarios.Running;

/// <summary>What a finished run produced, for its expectations to be held against.</summary>
internal sealed record RunFacts(
    DateTimeOffset Start,
    long Events,
    long Actions,
    long Alerts,
    long Errors,
    string Digest,
    IReadOnlyList<Email> Emails,
    IReadOnlyList<CheckOutcome> Checks,
    IReadOnlyList<(string GraceId, string Item)> Items,
    bool? QueueEmpty,
    IGraceDb GraceDb)
{
    /// <summary>The totals, counted whether or not the lists above were kept.</summary>
    public required RunCounts Counts { get; init; }
}

/// <summary>E-mails, checks (all and those needing action) and items of a run, counted as they happened.</summary>
internal sealed record RunCounts(long Emails, long Checks, long ChecksFailed, long Items);

/// <summary>Holds a run against its scenario's expectations: one result per expectation, saying what was expected and what came.</summary>
internal static class ExpectationChecker
{
    public static List<ExpectationResult> Check(ScenarioExpectations expect, RunFacts facts)
    {
        var results = new List<ExpectationResult>();
        if (expect.Events is { } events)
        {
            results.Add(Compare("events", events, facts.Events));
        }

        if (expect.Actions is { } actions)
        {
            results.Add(Compare("actions", actions, facts.Actions));
        }

        if (expect.Digest is { } digest)
        {
            results.Add(new ExpectationResult("digest", string.Equals(digest, facts.Digest, StringComparison.OrdinalIgnoreCase), digest, facts.Digest));
        }

        results.AddRange(expect.Emails.Select(e => Email(e, facts)));
        results.AddRange(expect.Annotations.Select(a => Annotation(a, facts)));
        results.AddRange(expect.Items.Select(i => Item(i, facts)));
        results.AddRange(expect.Labels.Select(l => Labels(l, facts)));
        if (expect.QueueEmpty is { } queueEmpty)
        {
            results.Add(new ExpectationResult("queue_empty", facts.QueueEmpty == queueEmpty, Show(queueEmpty), facts.QueueEmpty is { } q ? Show(q) : "no supervisor"));
        }

        results.AddRange(expect.Latency.Select(l => Latency(l, facts)));
        results.AddRange(expect.Counts.Select(c => Compare($"counts.{c.Name}", c.Value, Count(c.Name, facts))));
        return results;
    }

    /// <summary>The totals a scenario can expect by name.</summary>
    public static IReadOnlyList<string> CountNames { get; } = ["alerts", "annotations", "checks", "checks_failed", "emails", "errors", "events", "items"];

    private static long Count(string name, RunFacts facts) => name switch
    {
        "alerts" => facts.Alerts,
        "annotations" => Annotations(facts).Count(),
        "checks" => facts.Counts.Checks,
        "checks_failed" => facts.Counts.ChecksFailed,
        "emails" => facts.Counts.Emails,
        "errors" => facts.Errors,
        "events" => facts.Events,
        "items" => facts.Counts.Items,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a count a scenario can expect"),
    };

    private static ExpectationResult Email(EmailExpectation e, RunFacts facts)
    {
        long matching = facts.Emails.LongCount(m =>
            (e.Subject is null || m.Subject == e.Subject)
            && (e.SubjectContains is null || m.Subject.Contains(e.SubjectContains, StringComparison.Ordinal))
            && (e.GraceId is null || m.Subject.Contains(e.GraceId, StringComparison.Ordinal))
            && e.To.All(to => m.To.Contains(to, StringComparer.OrdinalIgnoreCase))
            && e.Window.Contains(m.Time - facts.Start));
        string what = e.Subject is not null ? $"'{e.Subject}'" : e.SubjectContains is not null ? $"subject containing '{e.SubjectContains}'" : "any subject";
        string to = e.To.Count == 0 ? string.Empty : $" to {string.Join(' ', e.To)}";
        string about = e.GraceId is null ? string.Empty : $" about {e.GraceId}";
        return Counted($"email {what}{to}{about} {e.Window}", e.Count, matching, facts.Emails.Where(m => e.Subject is null || m.Subject == e.Subject).Select(m => $"+{(m.Time - facts.Start).TotalSeconds:0.###}s"));
    }

    private static ExpectationResult Annotation(AnnotationExpectation a, RunFacts facts)
    {
        long matching = Annotations(facts).LongCount(n =>
            (a.GraceId is null || n.GraceId == a.GraceId)
            && (a.Text is null || n.Entry.Comment == a.Text)
            && (a.Contains is null || n.Entry.Comment.Contains(a.Contains, StringComparison.Ordinal))
            && a.Window.Contains(n.Entry.Created - facts.Start));
        string what = a.Text is not null ? $"'{a.Text}'" : a.Contains is not null ? $"containing '{a.Contains}'" : "any";
        return Counted($"annotation {what}{(a.GraceId is null ? string.Empty : " on " + a.GraceId)} {a.Window}", a.Count, matching, []);
    }

    private static ExpectationResult Item(ItemExpectation i, RunFacts facts)
    {
        long matching = facts.Items.LongCount(x => x.Item == i.Item && (i.GraceId is null || x.GraceId == i.GraceId));
        return Counted($"item '{i.Item}'{(i.GraceId is null ? string.Empty : " for " + i.GraceId)}", i.Count, matching, []);
    }

    private static ExpectationResult Labels(LabelExpectation l, RunFacts facts)
    {
        IReadOnlyList<string> labels;
        try
        {
            labels = facts.GraceDb.Labels(GraceId.Parse(l.GraceId)).Select(x => x.Name).Order(StringComparer.Ordinal).ToList();
        }
        catch (GraceDbException e)
        {
            return new ExpectationResult($"labels of {l.GraceId}", false, Describe(l), e.Message);
        }

        bool passed = l.Labels.All(x => labels.Contains(x, StringComparer.Ordinal)) && !l.Absent.Any(x => labels.Contains(x, StringComparer.Ordinal));
        return new ExpectationResult($"labels of {l.GraceId}", passed, Describe(l), labels.Count == 0 ? "no labels" : string.Join(' ', labels));
    }

    private static string Describe(LabelExpectation l) =>
        string.Join("; ", new[] { l.Labels.Count > 0 ? "has " + string.Join(' ', l.Labels) : null, l.Absent.Count > 0 ? "not " + string.Join(' ', l.Absent) : null }.OfType<string>());

    private static ExpectationResult Latency(LatencyBound bound, RunFacts facts)
    {
        double[] seconds = facts.Checks.Where(c => c.Latency is not null).Select(c => c.Latency!.Value.TotalSeconds).Order().ToArray();
        string name = string.Create(CultureInfo.InvariantCulture, $"latency p{bound.Percentile:0.##}");
        string expected = string.Create(CultureInfo.InvariantCulture, $"<= {bound.AtMost.TotalSeconds:0.###}s");
        if (seconds.Length == 0)
        {
            return new ExpectationResult(name, false, expected, "no check recorded a latency");
        }

        double value = Percentiles.NearestRank(seconds, bound.Percentile);
        return new ExpectationResult(name, value <= bound.AtMost.TotalSeconds, expected, string.Create(CultureInfo.InvariantCulture, $"{value:0.###}s over {seconds.Length} checks"));
    }

    private static IEnumerable<(string GraceId, LogEntry Entry)> Annotations(RunFacts facts)
    {
        // Every event of the run, whatever its group's GraceID prefix (G, T, E, H, M), in GraceID order.
        foreach (GraceId id in facts.GraceDb.Events(string.Empty).Select(e => e.GraceId).Order())
        {
            foreach (LogEntry entry in facts.GraceDb.Logs(id).Where(l => l.TagNames.Contains(EsTask.AnnotationTag, StringComparer.Ordinal)))
            {
                yield return (id.ToString(), entry);
            }
        }
    }

    private static ExpectationResult Counted(string name, long? count, long matching, IEnumerable<string> seen)
    {
        bool passed = count is { } exact ? matching == exact : matching > 0;
        string expected = count is { } n ? $"{n} matching" : "at least 1 matching";
        string at = string.Join(", ", seen.Take(5));
        return new ExpectationResult(name, passed, expected, $"{matching} matching{(at.Length == 0 || passed ? string.Empty : $" (same subject at {at})")}");
    }

    private static ExpectationResult Compare(string name, long expected, long actual) =>
        new(name, expected == actual, expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));

    private static string Show(bool empty) => empty ? "empty" : "not empty";
}
