using System.Globalization;
using LvalertTest.Core.Events;
using LvalertTest.Scenarios.Model;
using LvalertTest.Scenarios.Running;

namespace LvalertTest.Scenarios.Loading;

// The expect: section: counts and digest, e-mails, annotations, items, labels, the queue, latency percentiles.
public static partial class ScenarioLoader
{
    private static ScenarioExpectations ReadExpectations(FieldChecker check, ExpectDocument expect) =>
        new(check.NonNegative(expect.Events, "expect.events"), check.NonNegative(expect.Actions, "expect.actions"), expect.Digest)
        {
            Emails = (expect.Emails ?? []).Select((e, i) => ReadEmail(check, e, $"expect.emails[{i}]")).ToList(),
            Annotations = (expect.Annotations ?? []).Select((a, i) => ReadAnnotation(check, a, $"expect.annotations[{i}]")).ToList(),
            Items = (expect.Items ?? []).Select((x, i) => new ItemExpectation(
                GraceIdOrNull(check, x.Graceid, $"expect.items[{i}].graceid"),
                check.Required(x.Item, $"expect.items[{i}].item"),
                check.NonNegative(x.Count, $"expect.items[{i}].count"))).ToList(),
            Labels = (expect.Labels ?? []).Select((l, i) => new LabelExpectation(
                GraceIdOrNull(check, l.Graceid, $"expect.labels[{i}].graceid") ?? throw check.Fail($"expect.labels[{i}].graceid", "is required"),
                l.Has ?? [],
                l.Absent ?? [])).ToList(),
            QueueEmpty = expect.QueueEmpty,
            Latency = (expect.Latency ?? []).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ReadLatency(check, p.Key, p.Value)).ToList(),
            Counts = (expect.Counts ?? []).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ReadCount(check, p.Key, p.Value)).ToList(),
        };

    private static EmailExpectation ReadEmail(FieldChecker check, EmailExpectDocument e, string at)
    {
        if (e.Subject is null && e.SubjectContains is null && e.Graceid is null && e.To is null)
        {
            throw check.Fail(at, "say which e-mails: subject, subject_contains, graceid or to");
        }

        return new EmailExpectation(e.Subject, e.SubjectContains, e.To ?? [], GraceIdOrNull(check, e.Graceid, $"{at}.graceid"), Window(check, e.Within, $"{at}.within"), check.NonNegative(e.Count, $"{at}.count"));
    }

    private static AnnotationExpectation ReadAnnotation(FieldChecker check, AnnotationExpectDocument a, string at) =>
        new(GraceIdOrNull(check, a.Graceid, $"{at}.graceid"), a.Text, a.Contains, Window(check, a.Within, $"{at}.within"), check.NonNegative(a.Count, $"{at}.count"));

    private static TimeWindow Window(FieldChecker check, List<string>? within, string field)
    {
        if (within is null)
        {
            return TimeWindow.Always;
        }

        if (within.Count != 2)
        {
            throw check.Fail(field, "must be [from, until] after the start, like [0s, 10m] (- for an open end)");
        }

        TimeSpan? End(string text) => text == "-" ? null
            : DurationText.TryParse(text, out TimeSpan d) ? d
            : throw check.Fail(field, $"'{text}' is not a duration like 90s, 15m, 6h (or - for an open end)");
        var window = new TimeWindow(End(within[0]), End(within[1]));
        return window.From > window.Until ? throw check.Fail(field, "from is after until") : window;
    }

    private static LatencyBound ReadLatency(FieldChecker check, string key, string value)
    {
        string field = $"expect.latency.{key}";
        if (!(key.Length > 1 && key[0] == 'p' && double.TryParse(key[1..], NumberStyles.Float, CultureInfo.InvariantCulture, out double percentile) && percentile is > 0 and <= 100))
        {
            throw check.Fail(field, "a percentile is named p50, p95, p99.9 (in (0, 100])");
        }

        return DurationText.TryParse(value, out TimeSpan atMost)
            ? new LatencyBound(percentile, atMost)
            : throw check.Fail(field, $"must be a duration like 90s, 15m; got '{value}'");
    }

    private static CountExpectation ReadCount(FieldChecker check, string name, long value)
    {
        if (!ExpectationChecker.CountNames.Contains(name, StringComparer.Ordinal))
        {
            throw check.Fail($"expect.counts.{name}", $"unknown count (known: {string.Join(", ", ExpectationChecker.CountNames)})");
        }

        return new CountExpectation(name, check.NonNegative(value, $"expect.counts.{name}")!.Value);
    }

    private static string? GraceIdOrNull(FieldChecker check, string? text, string field) =>
        text is null ? null
        : GraceId.TryParse(text, out GraceId id) ? id.ToString()
        : throw check.Fail(field, $"'{text}' is not a GraceID (like G000001)");
}
