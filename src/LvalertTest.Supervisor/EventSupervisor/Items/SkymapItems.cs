using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// skymaps/skymaps.py and skymapSummary.py: every uploaded sky map is sane, plotted and converted for skyviewer (with
/// the upload's tags), and summarised (snglFITS); once a summary finishes, the sky maps are compared (multFITS).
/// </summary>
internal static class SkymapItems
{
    private const string SummaryStarted = "started skymap summary for ";
    private const string SummaryFinished = "finished skymap summary for ";
    private const string ComparisonFinished = "finished skymap comparison for ";

    public static void Register(EsItemCatalogue catalogue)
    {
        catalogue.Add("skymap sanity", r => [new SkymapSanityTask(r.Setup(), r.Section.Seconds("dt"), r.File, FileVersion(r))]);
        catalogue.Add("plot skymap", r => [new FileTask(r.Setup(), "plotSkymap", $"check that {r.File} was plotted", r.Section.Seconds("dt"),
            new FileExpectation(FitsNames.BeforeFirstDot(r.File) + ".png", Tags: UploadTags(r)))]);
        catalogue.Add("skyviewer", r => [new FileTask(r.Setup(), "skyviewer", $"check that skyviewer processed {r.File}", r.Section.Seconds("dt"),
            new FileExpectation(FitsNames.Stem(r.File) + ".json", Tags: UploadTags(r)))]);
        catalogue.Add("snglFITS start", r => [new MessageTask(r.Setup(), "snglFITSStart", $"check that snglFITS started processing {r.File}", r.Section.Seconds("dt"),
            FitsNames.MentioningAll(SummaryStarted, [r.File]), $"snglFITS start message for {r.File}")]);
        catalogue.Add("snglFITS", SnglFits);
        catalogue.Add("multFITS start", r => [new MultFitsStartTask(r.Setup(), r.Section.Seconds("dt"), LogNumber(r))]);
        catalogue.Add("multFITS", MultFits);
    }

    /// <summary>The summary of the FITS file linked in "started skymap summary for &lt;a …&gt;name&lt;/a&gt;": its page, then its end.</summary>
    private static IReadOnlyList<EsTask> SnglFits(EsItemRequest r)
    {
        TimeSpan htmlDt = r.Section.Seconds("html dt");
        TimeSpan finishDt = r.Section.Seconds("finish dt");
        string? fits = FitsNames.Linked(r.Description).FirstOrDefault();
        if (fits is null)
        {
            return
            [
                new MessageTask(r.Setup(), "snglFITShtml", "check that snglFITS posted an html page", htmlDt, string.Empty, null),
                new MessageTask(r.Setup(), "snglFITSFinish", "check that snglFITS finished", finishDt, string.Empty, null),
            ];
        }

        return
        [
            new FileTask(r.Setup(), "snglFITShtml", $"check that snglFITS posted an html page for {fits}", htmlDt,
                new FileExpectation(FitsNames.BeforeFits(fits) + "-skymapSummary.html",
                    LogFragment: FitsNames.MentioningAll("skymap summary for ", [fits]) + ".*can be found.*here", LogRegex: true)),
            new MessageTask(r.Setup(), "snglFITSFinish", $"check that snglFITS finished processing {fits}", finishDt,
                FitsNames.MentioningAll(SummaryFinished, [fits]), $"snglFITS finish message for {fits}"),
        ];
    }

    /// <summary>The comparison of the FITS files linked in "started skymap comparison for …": its page, then its end.</summary>
    private static IReadOnlyList<EsTask> MultFits(EsItemRequest r)
    {
        TimeSpan htmlDt = r.Section.Seconds("html dt");
        TimeSpan finishDt = r.Section.Seconds("finish dt");
        IReadOnlyList<string> fits = FitsNames.Linked(r.Description);
        string names = string.Join(", ", fits);
        return
        [
            new FileTask(r.Setup(), "multFITShtml", "check that multFITS posted an html page", htmlDt,
                new FileExpectation($"{r.GraceId}-skymapComparison.html", LogFragment: "comparison of skymaps can be found <a href=\"(.*)\">here</a>", LogRegex: true)),
            new MessageTask(r.Setup(), "multFITSFinish", $"check that multFITS finished processing {names}", finishDt,
                FitsNames.MentioningAll(ComparisonFinished, fits), fits.Count == 0 ? null : $"multFITS finish message for {names}"),
        ];
    }

    /// <summary>The tags of the FITS upload (the triggering log entry), sorted as the original's warnings print them.</summary>
    private static IReadOnlyList<string> UploadTags(EsItemRequest r) =>
        (r.Object["tag_names"] as JsonArray ?? []).Select(t => t?.ToString() ?? string.Empty).Order(StringComparer.Ordinal).ToList();

    private static int? FileVersion(EsItemRequest r) => r.Object["file_version"] is JsonValue v && v.TryGetValue(out int n) ? n : null;

    private static int? LogNumber(EsItemRequest r) => r.Object["N"] is JsonValue v && v.TryGetValue(out int n) ? n : null;
}
