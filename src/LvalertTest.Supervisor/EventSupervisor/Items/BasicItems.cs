using System.Globalization;
using System.Text.RegularExpressions;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>basic/basic.py and dq/dq.py: event creation, FAR sanity, event rates, coincidence and injection searches, the DQ report.</summary>
internal static class BasicItems
{
    public static void Register(EsItemCatalogue catalogue)
    {
        catalogue.Add("event creation", EventCreation);
        catalogue.Add("far", r => [new FarTask(r.Setup(), r.Section.Seconds("dt"), r.Section.Number("min far", 0), r.Section.Number("max far", 1))]);
        catalogue.Add("local rate", r => [new RateTask(r.Setup(), "localRate", r.Section, byCreation: false)]);
        catalogue.Add("creation rate", r => [new RateTask(r.Setup(), "createRate", r.Section, byCreation: true)]);
        catalogue.Add("external triggers", r => [new LogTask(r.Setup(), "externalTriggers", "check that the coincidence search with external triggers completed", r.Section.Seconds("dt"), "Coincidence search complete")]);
        catalogue.Add("unblind injections", r => [new UnblindInjectionsTask(r.Setup(), r.Section.Seconds("dt"))]);
        catalogue.Add("lldqReport", r => [new LogTask(r.Setup(), "lldqReport", "check that the low-latency data-quality report was posted", r.Section.Seconds("dt"), "Automatic Data-quality report posted")]);
        catalogue.Add("notify", r => [new NotifyTask(r.Setup(), r.Section)]);
    }

    /// <summary>The pipeline's own upload: cWB's trigger file, oLIB's JSON, or a CBC pipeline's coinc table and PSD.</summary>
    private static IReadOnlyList<EsTask> EventCreation(EsItemRequest r)
    {
        TimeSpan dt = r.Section.Seconds("dt");
        string pipeline = (r.Object["pipeline"]?.ToString()) ?? string.Empty;
        double gps = r.ObjectNumber("gpstime") ?? 0;
        switch (pipeline.ToUpperInvariant())
        {
            case "CWB":
                return [new FileTask(r.Setup(), "cWBTrigger", "check that the cWB trigger file was uploaded", dt,
                    new FileExpectation(string.Create(CultureInfo.InvariantCulture, $"trigger_{gps:F4}.txt")))];
            case "LIB":
                // "%.2f" with ".00" shortened to ".0", as Python printed whole-second times.
                string stamp = string.Create(CultureInfo.InvariantCulture, $"{gps:F2}");
                stamp = stamp.EndsWith(".00", StringComparison.Ordinal) ? stamp[..^1] : stamp;
                return [new FileTask(r.Setup(), "oLIBTrigger", "check that the oLIB trigger file was uploaded", dt,
                    new FileExpectation(Regex.Escape(stamp) + "-(.*).json", Regex: true))];
            case "GSTLAL" or "MBTAONLINE" or "GSTLAL-SPIIR" or "PYCBC":
                return [
                    new FileTask(r.Setup(), "cbcCoinc", "check that the coinc table was uploaded", dt, new FileExpectation("coinc.xml")),
                    new PsdTask(r.Setup(), dt),
                ];
            default:
                throw new InvalidDataException($"event creation: no check for pipeline '{pipeline}'");
        }
    }
}
