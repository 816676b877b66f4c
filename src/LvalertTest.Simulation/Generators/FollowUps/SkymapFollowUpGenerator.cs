using System.Collections.Immutable;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Generators.FollowUps;

/// <summary>
/// What happens to every sky map once uploaded, anchored to that upload: its Mollweide plot
/// (<c>&lt;name before the first dot&gt;.png</c>) and its skyviewer file (<c>&lt;name without .fits[.gz]&gt;.json</c>),
/// both with the sky map's tags, as the supervisor's plot-skymap and skyviewer checks expect.
/// </summary>
public sealed class SkymapFollowUpGenerator(string name, string step, Func<string, string> fileFor, Func<string, string> commentFor) : Generator
{
    public static SkymapFollowUpGenerator Plot { get; } = new("plotSkymap", "plot", fits => fits.Split('.')[0] + ".png", fits => $"Mollweide projection of {fits}");

    // The original's skyviewer log had an empty comment; the file is what the supervisor checks.
    public static SkymapFollowUpGenerator Skyviewer { get; } = new("skyviewer", "skyviewer", fits => Stem(fits) + ".json", _ => string.Empty);

    public override string Name => name;

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps => [Step(step, 5, 1)];

    public override Func<SimAction, bool>? Anchor => IsSkymapUpload;

    public override bool AtEachAnchor => true;

    /// <summary>The name without <c>.fits.gz</c> or <c>.fits</c>.</summary>
    public static string Stem(string fits)
    {
        ArgumentNullException.ThrowIfNull(fits);
        return fits.EndsWith(".fits.gz", StringComparison.Ordinal) ? fits[..^8] : fits.EndsWith(".fits", StringComparison.Ordinal) ? fits[..^5] : fits;
    }

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var skymap = (WriteLog)run.Parent!.Body;
        StepDraw draw = run.Draw(step);
        string fits = skymap.FileName!;
        return draw.Happens
            ? Schedule.Of(SimAction.At(draw.Seconds, new WriteLog(run.Handle, commentFor(fits), fileFor(fits), "simulated\n", skymap.Tags)))
            : Schedule.Empty;
    }
}

/// <summary>
/// The sky-map summary (snglFITS) of every sky map, anchored to its upload: "started skymap summary for" a link to
/// the map, the summary page <c>&lt;name&gt;-skymapSummary.html</c> announced "can be found here", and "finished skymap
/// summary for" the map.
/// </summary>
public sealed class SkymapSummaryGenerator : Generator
{
    public static SkymapSummaryGenerator Instance { get; } = new();

    public override string Name => "skymapSummary";

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps => [Step("start", 5, 1), Step("html", 30, 5), Step("finish", 5, 1)];

    public override Func<SimAction, bool>? Anchor => IsSkymapUpload;

    public override bool AtEachAnchor => true;

    /// <summary>The link to a file of the event, as the summaries write it.</summary>
    public static string Link(string file) => $"<a href=\"https://gracedb.ligo.org/api/events/{WriteLog.GraceIdPlaceholder}/files/{file}\">{file}</a>";

    /// <summary>True for the action that says a summary finished (a comparison follows each).</summary>
    public static bool IsFinish(SimAction action) =>
        action?.Body is WriteLog log && log.Comment.StartsWith("finished skymap summary for ", StringComparison.Ordinal);

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        string fits = ((WriteLog)run.Parent!.Body).FileName!;
        string html = SkymapFollowUpGenerator.Stem(fits) + "-skymapSummary.html";
        var chain = new Chain(run, 0);
        chain.Next("start", new WriteLog(run.Handle, $"started skymap summary for {Link(fits)}"));
        chain.Next("html", new WriteLog(run.Handle, $"skymap summary for {Link(fits)} can be found <a href=\"https://gracedb.ligo.org/api/events/{WriteLog.GraceIdPlaceholder}/files/{html}\">here</a>", html, "<html></html>\n"));
        chain.Next("finish", new WriteLog(run.Handle, $"finished skymap summary for {Link(fits)}"));
        return Schedule.From(chain.Actions);
    }
}

/// <summary>
/// The comparison of the event's sky maps (multFITS), after each summary finishes: "started skymap comparison for"
/// links to every sky map uploaded so far, <c>&lt;graceid&gt;-skymapComparison.html</c> announced "can be found here",
/// and "finished skymap comparison for" the same maps.
/// </summary>
public sealed class SkymapComparisonGenerator : Generator
{
    public static SkymapComparisonGenerator Instance { get; } = new();

    public override string Name => "skymapComparison";

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps => [Step("start", 5, 1), Step("html", 30, 5), Step("finish", 5, 1)];

    public override Func<SimAction, bool>? Anchor => SkymapSummaryGenerator.IsFinish;

    public override bool AtEachAnchor => true;

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        SimAction parent = run.Parent!;
        ImmutableArray<string> maps = [.. run.Before.Where(a => a.Dt <= parent.Dt && IsSkymapUpload(a)).Select(a => ((WriteLog)a.Body).FileName!).Distinct(StringComparer.Ordinal)];
        string links = string.Join(", ", maps.Select(SkymapSummaryGenerator.Link));
        string html = $"{WriteLog.GraceIdPlaceholder}-skymapComparison.html";
        var chain = new Chain(run, 0);
        chain.Next("start", new WriteLog(run.Handle, $"started skymap comparison for {links}"));
        chain.Next("html", new WriteLog(run.Handle, $"comparison of skymaps can be found <a href=\"https://gracedb.ligo.org/api/events/{WriteLog.GraceIdPlaceholder}/files/{html}\">here</a>", html, "<html></html>\n"));
        chain.Next("finish", new WriteLog(run.Handle, $"finished skymap comparison for {links}"));
        return Schedule.From(chain.Actions);
    }
}
