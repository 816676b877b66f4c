using System.Globalization;
using System.Text;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Simulation.Uploads;
using LvalertTest.Core.Skymaps;

namespace LvalertTest.Replay.Tests.Support;

/// <summary>
/// The follow-ups of the checked-in stores, constructed from the originals' strings and timings (lvalertTest's
/// generators, eventSupervisor's checks: reference/ORIGINALS.md §1.5, §3.5, §4) and from public facts of the events
/// (GW170817's GPS time and instruments; G265912's alert as quoted in eventSupervisor's documentation). The strings
/// are the ones the checks look for (fixing lvalertTest's known mismatches, e.g. "at H1" not "at H"); the times fall
/// inside the ER10 configs' deadlines unless a recipe says otherwise.
/// </summary>
internal static class FollowUps
{
    public const string SegDbServer = "https://segments.ligo.org";

    /// <summary>The ER10 segment flags (scenarios/supervisor/ER10-eventSupervisor_*.ini, [segdb2grcdb] flags).</summary>
    private static readonly string[] SegmentFlags =
    [
        "H1:DMT-ANALYSIS_READY:1", "H1:DMT-OMC_DCPD_ADC_OVERFLOW:1", "H1:DMT-ETMY_ESD_DAC_OVERFLOW:1",
        "L1:DMT-ANALYSIS_READY:1", "L1:DMT-OMC_DCPD_ADC_OVERFLOW:1", "L1:DMT-ETMY_ESD_DAC_OVERFLOW:1",
        "H1:ODC-INJECTION:2", "L1:ODC-INJECTION:2", "H1:ODC-INJECTION_TRANSIENT:2", "H1:ODC-INJECTION_CBC:2",
        "H1:ODC-INJECTION_BURST:2", "H1:ODC-INJECTION_DETCHAR:2", "H1:ODC-INJECTION_STOCHASTIC:2", "H1:ODC-INJECTION_CW:2",
        "L1:ODC-INJECTION_TRANSIENT:2", "L1:ODC-INJECTION_CBC:2", "L1:ODC-INJECTION_BURST:2", "L1:ODC-INJECTION_DETCHAR:2",
        "L1:ODC-INJECTION_STOCHASTIC:2", "L1:ODC-INJECTION_CW:2",
    ];

    /// <summary>
    /// GW170817 as gstlal uploaded it (G298048, H1 and L1, GPS 1187008882.4457) with a complete O2 follow-up: PSD,
    /// BAYESTAR, LALInference hours later, iDQ, OmegaScans, segDB2grcDB, the coincidence and injection searches,
    /// operator and advocate sign-offs. Every ER10 CBC check finds what it looks for.
    /// </summary>
    public static FollowUpRecipe Gw170817Gstlal()
    {
        const double gps = 1187008882.4457;
        var w = new Writes();
        w.Log(0, "strain spectral densities", "psd.xml.gz", Psd(), "psd");
        w.Label(0.8, "H1OPS");
        w.Label(0.8, "L1OPS");
        w.Label(0.9, "ADVREQ");
        w.Log(2.1, "INFO:BAYESTAR:by your command...");
        w.Log(2.3, "INFO:BAYESTAR:starting sky localization");
        w.Log(4.2, "LALInference online estimation started");
        DataQuality(w, "G298048", gps, start: 1.2);
        w.Log(20.4, "Coincidence search complete");
        w.Log(21.7, "No unblind injections in window");
        w.Log(38.6, "INFO:BAYESTAR:sky localization complete");
        w.Log(39.1, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", Skymap(gzip: true), "sky_loc", "lvem");
        w.Log(47.3, "Mollweide projection of bayestar.fits.gz", "bayestar.png", Bytes("PNG bayestar"), "sky_loc", "lvem");
        w.Log(49.8, string.Empty, "bayestar.json", Bytes("{\"skymap\": \"bayestar.fits.gz\"}"), "sky_loc", "lvem");
        w.Label(52.0, "EM_READY");
        w.Signoff(95.0, SignoffType.OP, "H1", "H1 is fine");
        w.Signoff(131.0, SignoffType.OP, "L1", "L1 is fine");
        w.Signoff(1_624.0, SignoffType.ADV, null, "looks like a real signal");
        w.Log(10_812.0, "LALInference online estimation finished");
        w.Log(10_815.5, "LALInference", "LALInference.fits.gz", Skymap(gzip: true), "sky_loc", "lvem");
        w.Log(10_841.0, "Mollweide projection of LALInference.fits.gz", "LALInference.png", Bytes("PNG LALInference"), "sky_loc", "lvem");
        w.Log(10_843.5, string.Empty, "LALInference.json", Bytes("{\"skymap\": \"LALInference.fits.gz\"}"), "sky_loc", "lvem");
        return new FollowUpRecipe("G298048-gstlal", 298048, At("2017-08-17 12:41:10 UTC"), "CBC", "gstlal", "LowMass", "coinc.xml",
            PipelineUploads.For("gstlal", gps, 3.17e-12, "H1,L1"), w.InOrder());
    }

    /// <summary>
    /// G265912, the cWB event whose O2 <c>new</c> alert eventSupervisor's documentation quotes (GPS 1165855145.5572,
    /// FAR 3.79986e-06, H1 and L1), with a burst follow-up in which cWB's sky map comes 30 s after the ER10 deadline.
    /// Its FAR is above the BayesWave and LIB thresholds, so neither is expected.
    /// </summary>
    public static FollowUpRecipe G265912Cwb()
    {
        const double gps = 1165855145.5572;
        var w = new Writes();
        DataQuality(w, "G265912", gps, start: 0.9);
        w.Log(25.0, "Coincidence search complete");
        w.Log(26.0, "No unblind injections in window");
        w.Log(41.0, "<a href=\"https://ldas-jobs.ligo.caltech.edu/~waveburst/online/ER10_LH/JOBS/ced\">cWB CED</a>", tags: ["pe"]);
        w.Log(63.0, "cWB parameter estimation", tags: ["pe"]);
        w.Log(150.0, "cWB skymap fit", "skyprobcc_cWB.fits", Skymap(gzip: false), "sky_loc", "lvem");
        w.Log(171.0, "Mollweide projection of skyprobcc_cWB.fits", "skyprobcc_cWB.png", Bytes("PNG skyprobcc_cWB"), "sky_loc", "lvem");
        w.Log(174.0, string.Empty, "skyprobcc_cWB.json", Bytes("{\"skymap\": \"skyprobcc_cWB.fits\"}"), "sky_loc", "lvem");
        string upload = string.Create(CultureInfo.InvariantCulture, $"trigger_{gps:F4}.txt");
        return new FollowUpRecipe("G265912-cwb", 265912, At("2016-12-15 16:45:13 UTC"), "Burst", "CWB", "AllSky", upload,
            PipelineUploads.For("CWB", gps, 3.79986e-06, "H1,L1"), w.InOrder());
    }

    /// <summary>iDQ (ovl at H1 and L1), the H1 and L1 OmegaScans and segDB2grcDB, as the ER10 [idq], [* omega scan] and [segdb2grcdb] sections expect them.</summary>
    private static void DataQuality(Writes w, string graceId, double gps, double start)
    {
        long s = (long)Math.Floor(gps) - 10;
        string window = string.Create(CultureInfo.InvariantCulture, $"[{s}, {s + 20}]");
        string span = string.Create(CultureInfo.InvariantCulture, $"{s}-20");
        foreach ((string ifo, double at) in new[] { ("H1", start), ("L1", start + 0.4) })
        {
            w.Log(at, $"Started searching for iDQ information within {window} at {ifo}");
            w.Log(at + 11, $"iDQ glitch tables {ifo}:", $"{ifo}_idq_ovl-{span}.xml.gz", Bytes("tables"));
            w.Log(at + 14, $"minimum glitch-FAP for ovl at {ifo} within {window} is 0.031250", $"{ifo}_ovl_minFAP_{graceId}-{span}.json", Bytes("0.03125"));
            w.Log(at + 14.5, $"maximum glitch-RANK for ovl at {ifo} within {window} is 0.125000", $"{ifo}_ovl_maxRANK_{graceId}-{span}.json", Bytes("0.125"));
            w.Log(at + 16, $"iDQ fap timeseries for ovl at {ifo} within {window} :", $"{ifo}_idq_ovl_fap-{span}.gwf", Bytes("frame"));
            w.Log(at + 16.5, $"iDQ glitch-rank frame for ovl at {ifo} within {window} :", $"{ifo}_idq_ovl_rank-{span}.gwf", Bytes("frame"));
            w.Log(at + 21, $"iDQ fap and glitch-rank timeseries plot for ovl at {ifo}:", $"{ifo}_ovl_timeseries-{span}.png", Bytes("PNG"));
            w.Log(at + 31, $"iDQ (possible) active channels for ovl at {ifo}", $"{ifo}_ovl_chanlist-{span}.json", Bytes("[]"));
            w.Log(at + 31.5, $"iDQ channel strip chart for ovl at {ifo}", $"{ifo}_ovl_chanstrip-{span}.png", Bytes("PNG"));
            w.Log(at + 52, $"iDQ calibration sanity check for ovl at {ifo}", $"{ifo}_ovl_calib-{span}.json", Bytes("{}"));
            w.Log(at + 52.5, $"iDQ calibration sanity check figure for ovl at {ifo}", $"{ifo}_ovl_calib-{span}.png", Bytes("PNG"));
            w.Log(at + 73, $"iDQ local ROC curves for ovl at {ifo}", $"{ifo}_ovl_ROC-{span}.json", Bytes("{}"));
            w.Log(at + 73.5, $"iDQ local ROC figure for ovl at {ifo}", $"{ifo}_ovl_ROC-{span}.png", Bytes("PNG"));
            w.Log(at + 104, $"iDQ local calibration vital statistics for ovl at {ifo}", $"{ifo}_ovl_calibStats-{span}.json", Bytes("{}"));
            w.Log(at + 104.5, $"iDQ local training vital statistics for ovl at {ifo}", $"{ifo}_ovl_trainStats-{span}.json", Bytes("{}"));
            w.Log(at + 105, $"Finished searching for iDQ information within {window} at {ifo}");
        }

        foreach ((string site, double at) in new[] { ("h1", start + 1.5), ("l1", start + 1.7) })
        {
            string[] chansets = [$"{site}_llhoft", $"{site}_r-reduced", $"{site}_r-standard"];
            w.Log(at, "automatic OmegaScans begun for: " + string.Join(", ", chansets) + ".");
            for (int i = 0; i < chansets.Length; i++)
            {
                w.Log(at + 310 + (120 * i), $"OmegaScan of {chansets[i]} complete", chansets[i] + ".json", Bytes("{}"));
            }

            w.Log(at + 700, "automatic OmegaScans finished for: " + string.Join(", ", chansets));
        }

        w.Log(start + 2.5, "began searching for segments in : " + SegDbServer);
        double t = start + 40;
        foreach (string flag in SegmentFlags)
        {
            string[] parts = flag.Split(':');
            string file = $"{parts[0]}-{parts[1].Replace('-', '_')}_{parts[2]}-{span}.xml.gz";
            w.Log(t, flag, file, Bytes("<LIGO_LW/>"));
            t += 1.5;
        }

        w.Log(t + 1, "finished searching for segments in : " + SegDbServer);
    }

    /// <summary>A PSD document well over the supervisor's 100-byte threshold.</summary>
    private static byte[] Psd() => Bytes("<?xml version='1.0' encoding='utf-8'?>\n<LIGO_LW>\n" + string.Concat(Enumerable.Range(0, 8).Select(i =>
        string.Create(CultureInfo.InvariantCulture, $"  <LIGO_LW Name=\"REAL8FrequencySeries\"><Param Name=\"instrument:param\">H1</Param><Array Name=\"PSD:array\" Type=\"real_8\">{i * 0.125} 1e-46</Array></LIGO_LW>\n"))) + "</LIGO_LW>\n");

    private static byte[] Skymap(bool gzip) => HealpixFitsWriter.Write(HealpixFitsWriter.Uniform(2), gzip: gzip);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static DateTimeOffset At(string time) => GraceDbTime.Parse(time);

    /// <summary>Collects writes; <see cref="InOrder"/> sorts them by time, ties kept in the order written.</summary>
    private sealed class Writes
    {
        private readonly List<TimedWrite> _writes = [];

        public void Log(double seconds, string comment, string? file = null, byte[]? contents = null, params string[] tags) =>
            _writes.Add(new TimedWrite(seconds, $"log '{comment}'" + (file is null ? string.Empty : $" {file}"), (db, id) => db.WriteLog(id, comment, file, contents, tags)));

        public void Label(double seconds, string label) =>
            _writes.Add(new TimedWrite(seconds, "label " + label, (db, id) => db.AddLabel(id, label)));

        public void Signoff(double seconds, SignoffType type, string? instrument, string comment) =>
            _writes.Add(new TimedWrite(seconds, $"signoff {type} {instrument}", (db, id) => db.CreateSignoff(id, type, instrument, SignoffStatus.OK, comment)));

        public IReadOnlyList<TimedWrite> InOrder() => _writes.OrderBy(x => x.Seconds).ToList();
    }
}
