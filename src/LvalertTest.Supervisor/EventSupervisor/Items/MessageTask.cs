using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// A sky-map summary message check: some log comment matches <paramref name="pattern"/> (start-anchored, as Python's
/// <c>re.match</c>); the warnings are the original's "found …" / "could not find …" sentences about
/// <paramref name="subject"/>. Without a subject (the triggering message named no FITS file) the check cannot know
/// what to look for and fails, so its exception list hears of it.
/// </summary>
internal sealed class MessageTask(EsTaskSetup setup, string name, string description, TimeSpan timeout, string pattern, string? subject)
    : EsTask(setup, name, description, timeout)
{
    protected override CheckResult Check(DateTimeOffset now)
    {
        if (subject is null)
        {
            throw new InvalidDataException($"{Setup.ItemName}: the triggering message named no FITS file, so there is nothing to look for");
        }

        return GraceDb.Logs(Event).Any(l => Matching.PythonMatch(l.Comment, pattern) is not null)
            ? new CheckResult(false, $"found {subject}")
            : new CheckResult(true, $"could not find {subject}");
    }

    public override bool SatisfiedBy(JsonObject alert) =>
        subject is not null && alert?["description"] is JsonValue d && Matching.PythonMatch(d.ToString(), pattern) is not null;
}
