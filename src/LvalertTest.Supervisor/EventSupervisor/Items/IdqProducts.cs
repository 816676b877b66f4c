using System.Text.RegularExpressions;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// The iDQ products of one interferometer (dq/idq.py): per classifier in <c>classifiers</c>, each product's file
/// (a start-anchored pattern) uploaded by a log whose comment matches the product's message; then iDQ's finish message.
/// The interferometer is the last word of the "Started searching for iDQ information ..." alert that created the item.
/// </summary>
internal static class IdqProducts
{
    /// <summary>One product: task, timeout option, file pattern, log message (regex or substring), what it is.</summary>
    private sealed record Product(string Task, string Option, string File, string Log, bool LogRegex, string What);

    // <ifo>, <clf> and <gid> are replaced by the escaped values (the original pasted them in raw).
    private static readonly Product[] Products =
    [
        new("idqGlitchFAP", "glitch fap dt", "<ifo>_<clf>_minFAP_<gid>-(.*)-(.*).json", @"minimum glitch-FAP for <clf> at <ifo> within \[(.*), (.*)\] is (.*)", true, "minimum glitch-FAP"),
        new("idqRank", "rank dt", "<ifo>_<clf>_maxRANK_<gid>-(.*)-(.*).json", @"maximum glitch-RANK for <clf> at <ifo> within \[(.*), (.*)\] is (.*)", true, "maximum glitch-rank"),
        new("idqFAPFrame", "fap frame dt", "<ifo>_idq_<clf>_fap(.*)-(.*)-(.*).gwf", @"iDQ fap timeseries for <clf> at <ifo> within \[(.*), (.*)\] :", true, "FAP timeseries frame"),
        new("idqRankFrame", "rank frame dt", "<ifo>_idq_<clf>_rank(.*)-(.*)-(.*).gwf", @"iDQ glitch-rank frame for <clf> at <ifo> within \[(.*), (.*)\] :", true, "glitch-rank frame"),
        new("idqTimeseriesPlot", "timeseries plot dt", "<ifo>_<clf>(.*)_timeseries-(.*)-(.*).png", "iDQ fap and glitch-rank timeseries plot for <clf> at <ifo>:", true, "timeseries plot"),
        new("idqActiveChan", "active chan dt", "<ifo>_<clf>_chanlist(.*)-(.*)-(.*).json", "iDQ (possible) active channels for <clf> at <ifo>", false, "active channel list"),
        new("idqActiveChanPlot", "active chan plot dt", "<ifo>_<clf>(.*)_chanstrip-(.*)-(.*).png", "iDQ channel strip chart for <clf> at <ifo>", false, "channel strip chart"),
        new("idqCalibration", "calib dt", "<ifo>_<clf>(.*)_calib-(.*)-(.*).json", "iDQ calibration sanity check for <clf> at <ifo>", false, "calibration sanity check"),
        new("idqCalibrationPlot", "calib plot dt", "<ifo>_<clf>(.*)_calib-(.*)-(.*).png", "iDQ calibration sanity check figure for <clf> at <ifo>", false, "calibration sanity check figure"),
        new("idqROC", "roc dt", "<ifo>_<clf>(.*)_ROC-(.*)-(.*).json", "iDQ local ROC curves for <clf> at <ifo>", false, "local ROC curves"),
        new("idqROCPlot", "roc plot dt", "<ifo>_<clf>(.*)_ROC-(.*)-(.*).png", "iDQ local ROC figure for <clf> at <ifo>", false, "local ROC figure"),
        new("idqCalibStats", "calib stats dt", "<ifo>_<clf>(.*)_calibStats-(.*)-(.*).json", "iDQ local calibration vital statistics for <clf> at <ifo>", false, "calibration statistics"),
        new("idqTrainStats", "train stats dt", "<ifo>_<clf>(.*)_trainStats-(.*)-(.*).json", "iDQ local training vital statistics for <clf> at <ifo>", false, "training statistics"),
    ];

    // The original read `tables dt` but had commented its task out; iDQ does upload the tables, so the check runs
    // whenever `tables dt` is given (every shipped config gives it).
    private static readonly Product Tables =
        new("idqTables", "tables dt", "<ifo>_idq_<clf>(.*)-(.*)-(.*).xml.gz", "iDQ glitch tables <ifo>:", false, "glitch tables");

    public const string StartPrefix = "Started searching for iDQ information within";

    /// <summary>The start message of one interferometer.</summary>
    public static string StartPattern(string ifo) => StartPrefix + @" \[(.*), (.*)\] at " + Regex.Escape(ifo);

    public static string FinishPattern(string ifo) => @"Finished searching for iDQ information within \[(.*), (.*)\] at " + Regex.Escape(ifo);

    public static IReadOnlyList<EsTask> Tasks(EsItemRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string ifo = r.Description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).LastOrDefault()
            ?? throw new InvalidDataException($"[{r.ItemName}] for {r.GraceId}: the iDQ start alert names no interferometer");
        IReadOnlyList<string> classifiers = DqItems.Required(r.Section, "classifiers");
        IEnumerable<Product> products = r.Section.Has(Tables.Option) ? [.. Products, Tables] : Products;

        var tasks = new List<EsTask>();
        foreach (string clf in classifiers)
        {
            foreach (Product p in products)
            {
                string Fill(string text, bool escape) => text
                    .Replace("<ifo>", escape ? Regex.Escape(ifo) : ifo, StringComparison.Ordinal)
                    .Replace("<clf>", escape ? Regex.Escape(clf) : clf, StringComparison.Ordinal)
                    .Replace("<gid>", escape ? Regex.Escape(r.GraceId) : r.GraceId, StringComparison.Ordinal);
                tasks.Add(new FileTask(r.Setup(), p.Task, $"check that iDQ uploaded the {p.What} for {clf} at {ifo}", Timeout(r.Section, p),
                    new FileExpectation(Fill(p.File, escape: true), Regex: true, LogFragment: Fill(p.Log, escape: p.LogRegex), LogRegex: p.LogRegex)));
            }
        }

        tasks.Add(new LogTask(r.Setup(), "idqFinish", $"check that iDQ finished searching for information at {ifo}", r.Section.Seconds("finish dt"),
            FinishPattern(ifo), regex: true));
        return tasks;
    }

    // No shipped config gives `rank dt`: idqRank then waits as long as idqGlitchFAP (iDQ posts both from one step).
    private static TimeSpan Timeout(EsSection section, Product p) =>
        p.Option == "rank dt" && !section.Has("rank dt") ? section.Seconds("glitch fap dt") : section.Seconds(p.Option);
}
