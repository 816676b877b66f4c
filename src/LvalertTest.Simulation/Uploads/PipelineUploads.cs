using System.Globalization;
using System.Text;
using LvalertTest.Core.Events;

namespace LvalertTest.Simulation.Uploads;

/// <summary>
/// A pipeline's event upload in the format the real server parses for it (LIGO_LW coinc table for CBC pipelines,
/// cWB's text trigger file, oLIB's JSON, a GCN VOEvent for external triggers), carrying the GPS time, FAR and
/// instruments the server extracts, and with <see cref="UploadDetails"/> the extra attributes (SNRs, masses, ...).
/// </summary>
public static class PipelineUploads
{
    public static byte[] For(string pipeline, double gpsTime, double far, string instruments, UploadDetails? details = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(instruments);
        string text = pipeline switch
        {
            "gstlal" or "gstlal-spiir" or "spiir" or "pycbc" or "MBTAOnline" or "MBTA" or "HardwareInjection" => LigoLwCoinc(gpsTime, far, instruments, details),
            "CWB" or "CWB2G" => CwbTrigger(gpsTime, far, instruments, details),
            "LIB" or "oLIB" => OlibJson(gpsTime, far, instruments, details),
            "Fermi" or "Swift" or "INTEGRAL" or "AGILE" or "SNEWS" => GcnVoEvent(pipeline, gpsTime),
            _ => throw new ArgumentOutOfRangeException(nameof(pipeline), pipeline, "no upload format known for this pipeline"),
        };
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>True if <see cref="For"/> can make this pipeline's upload.</summary>
    public static bool Knows(string pipeline) => pipeline is "gstlal" or "gstlal-spiir" or "spiir" or "pycbc" or "MBTAOnline" or "MBTA" or "HardwareInjection"
        or "CWB" or "CWB2G" or "LIB" or "oLIB" or "Fermi" or "Swift" or "INTEGRAL" or "AGILE" or "SNEWS";

    /// <summary>
    /// The upload's file name, as the supervisor's event-creation check expects it: cWB's <c>trigger_&lt;gps %.4f&gt;.txt</c>,
    /// oLIB's <c>&lt;gps %.2f&gt;-0.json</c> (a whole second printed <c>.0</c>, as Python did), <c>coinc.xml</c> for CBC.
    /// </summary>
    public static string FileName(string pipeline, double gpsTime) => pipeline switch
    {
        "CWB" or "CWB2G" => string.Create(CultureInfo.InvariantCulture, $"trigger_{gpsTime:F4}.txt"),
        "LIB" or "oLIB" => $"{OlibStamp(gpsTime)}-0.json",
        "Fermi" or "Swift" or "INTEGRAL" or "AGILE" or "SNEWS" => "voevent.xml",
        _ => "coinc.xml",
    };

    /// <summary>Python's <c>"%.2f" % gps</c> with a final <c>.00</c> shortened to <c>.0</c> (the supervisor's oLIB pattern).</summary>
    public static string OlibStamp(double gpsTime)
    {
        string stamp = gpsTime.ToString("F2", CultureInfo.InvariantCulture);
        return stamp.EndsWith(".00", StringComparison.Ordinal) ? stamp[..^1] : stamp;
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double Snr(UploadDetails? details, string ifo) => details is not null && details.Snr.TryGetValue(ifo, out double snr) ? snr : 8;

    private static string LigoLwCoinc(double gps, double far, string ifos, UploadDetails? details)
    {
        long seconds = (long)Math.Floor(gps);
        long nanoseconds = (long)Math.Round((gps - seconds) * 1e9);
        double snr = details?.NetworkSnr ?? 8 * Math.Sqrt(ifos.Split(',').Length);
        double mass = details is null ? 2.8 : details.Mass1 + details.Mass2;
        double mchirp = details?.ChirpMass ?? 1.2188;
        return $"""
            <?xml version='1.0' encoding='utf-8'?>
            <LIGO_LW>
              <Table Name="coinc_inspiral:table">
                <Column Name="coinc_inspiral:ifos" Type="lstring"/>
                <Column Name="coinc_inspiral:end_time" Type="int_4s"/>
                <Column Name="coinc_inspiral:end_time_ns" Type="int_4s"/>
                <Column Name="coinc_inspiral:mass" Type="real_8"/>
                <Column Name="coinc_inspiral:mchirp" Type="real_8"/>
                <Column Name="coinc_inspiral:minimum_duration" Type="real_8"/>
                <Column Name="coinc_inspiral:snr" Type="real_8"/>
                <Column Name="coinc_inspiral:false_alarm_rate" Type="real_8"/>
                <Column Name="coinc_inspiral:combined_far" Type="real_8"/>
                <Stream Name="coinc_inspiral:table" Type="Local" Delimiter=",">
                  "{ifos}",{seconds},{nanoseconds},{F(mass)},{F(mchirp)},64,{F(snr)},{F(far)},{F(far)},
                </Stream>
              </Table>
            </LIGO_LW>

            """;
    }

    private static string CwbTrigger(double gps, double far, string ifos, UploadDetails? details)
    {
        string[] list = ifos.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        double network = details?.NetworkSnr ?? 8;
        var text = new StringBuilder();
        void Line(string key, string value) => text.Append(key).Append(":\t").Append(value).Append('\n');
        Line("rho", F(Math.Max(4, network / Math.Sqrt(2))));
        Line("likelihood", F(network * network));
        Line("ifo", string.Join(' ', list));
        Line("start", string.Join(' ', list.Select(_ => F(gps - 0.005))));
        Line("time", string.Join(' ', list.Select(_ => F(gps))));
        Line("duration", string.Join(' ', list.Select(_ => F(details?.Duration ?? 0.01))));
        Line("frequency", string.Join(' ', list.Select(_ => F(details?.Frequency ?? 300))));
        Line("bandwidth", string.Join(' ', list.Select(_ => F(details?.Bandwidth ?? 100))));
        Line("snr", string.Join(' ', list.Select(i => F(Snr(details, i)))));
        text.Append("search=r\n## number of events with rho>= \n#significance based on the last day\n");
        text.Append(string.Create(CultureInfo.InvariantCulture, $"{(long)(far * 86400)} {F(far)} {F(gps - 43200)} {F(gps + 43200)} 86400\n"));
        return text.ToString();
    }

    private static string OlibJson(double gps, double far, string ifos, UploadDetails? details)
    {
        string[] list = ifos.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string perIfo = string.Concat(list.Select(i => $", \"Omicron_SNR_{i}\": {F(Snr(details, i))}, \"timeslides_{i}\": \"0.0\""));
        double frequency = details?.Frequency ?? 300;
        return $$"""{"gpstime": {{F(gps)}}, "FAR": {{F(far)}}, "raw FAR": {{F(far)}}, "trials_factor": 1, "nevents": 1, "likelihood": null, "search_bin": "{{(frequency > 1000 ? "high_f" : "low_f")}}", "BCI": {{F(details?.Bci ?? 10)}}, "BSN": {{F(details?.Bsn ?? 50)}}, "logBSN": {{F(Math.Log(Math.Max(details?.Bsn ?? 50, 1e-300)))}}, "instruments": "{{ifos}}", "frequency_posterior_median": {{F(frequency)}}, "Omicron_SNR_Network": {{F(details?.NetworkSnr ?? 8)}}{{perIfo}}}""" + "\n";
    }

    private static string GcnVoEvent(string mission, double gps)
    {
        string iso = GpsTime.ToUtc(gps).ToString("yyyy-MM-dd'T'HH:mm:ss.ff", CultureInfo.InvariantCulture);
        return $"""
            <?xml version='1.0' encoding='UTF-8'?>
            <voe:VOEvent xmlns:voe="http://www.ivoa.net/xml/VOEvent/v2.0" ivorn="ivo://nasa.gsfc.gcn/{mission}#simulated_{F(gps)}" role="test" version="2.0">
              <What><Param name="TrigID" value="{(long)gps}"/></What>
              <WhereWhen><ObsDataLocation><ObservationLocation><AstroCoords>
                <Time><TimeInstant><ISOTime>{iso}</ISOTime></TimeInstant></Time>
              </AstroCoords></ObservationLocation></ObsDataLocation></WhereWhen>
            </voe:VOEvent>

            """;
    }
}
