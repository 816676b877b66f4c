using System.Globalization;
using System.Text;
using LvalertTest.Core.Events;

namespace LvalertTest.Simulation.Uploads;

/// <summary>
/// A pipeline's event upload in the format the real server parses for it (LIGO_LW coinc table for CBC pipelines,
/// cWB's text trigger file, oLIB's JSON, a GCN VOEvent for external triggers), carrying the GPS time, FAR and
/// instruments the server extracts.
/// </summary>
public static class PipelineUploads
{
    public static byte[] For(string pipeline, double gpsTime, double far, string instruments)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(instruments);
        string text = pipeline switch
        {
            "gstlal" or "gstlal-spiir" or "spiir" or "pycbc" or "MBTAOnline" or "MBTA" => LigoLwCoinc(gpsTime, far, instruments),
            "CWB" or "CWB2G" => CwbTrigger(gpsTime, far, instruments),
            "LIB" or "oLIB" => OlibJson(gpsTime, far, instruments),
            "Fermi" or "Swift" or "INTEGRAL" or "AGILE" or "SNEWS" => GcnVoEvent(pipeline, gpsTime),
            _ => throw new ArgumentOutOfRangeException(nameof(pipeline), pipeline, "no upload format known for this pipeline"),
        };
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>True if <see cref="For"/> can make this pipeline's upload.</summary>
    public static bool Knows(string pipeline) => pipeline is "gstlal" or "gstlal-spiir" or "spiir" or "pycbc" or "MBTAOnline" or "MBTA"
        or "CWB" or "CWB2G" or "LIB" or "oLIB" or "Fermi" or "Swift" or "INTEGRAL" or "AGILE" or "SNEWS";

    /// <summary>The upload's usual file name (the original generators' names).</summary>
    public static string FileName(string pipeline) => pipeline switch
    {
        "CWB" or "CWB2G" => "trigger.txt",
        "LIB" or "oLIB" => "lib.json",
        "Fermi" or "Swift" or "INTEGRAL" or "AGILE" or "SNEWS" => "voevent.xml",
        _ => "coinc.xml",
    };

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string LigoLwCoinc(double gps, double far, string ifos)
    {
        long seconds = (long)Math.Floor(gps);
        long nanoseconds = (long)Math.Round((gps - seconds) * 1e9);
        return $"""
            <?xml version='1.0' encoding='utf-8'?>
            <LIGO_LW>
              <Table Name="coinc_inspiral:table">
                <Column Name="coinc_inspiral:ifos" Type="lstring"/>
                <Column Name="coinc_inspiral:end_time" Type="int_4s"/>
                <Column Name="coinc_inspiral:end_time_ns" Type="int_4s"/>
                <Column Name="coinc_inspiral:false_alarm_rate" Type="real_8"/>
                <Column Name="coinc_inspiral:combined_far" Type="real_8"/>
                <Stream Name="coinc_inspiral:table" Type="Local" Delimiter=",">
                  "{ifos}",{seconds},{nanoseconds},{F(far)},{F(far)},
                </Stream>
              </Table>
            </LIGO_LW>

            """;
    }

    private static string CwbTrigger(double gps, double far, string ifos) =>
        $"ifo:\t{ifos.Replace(',', ' ')}\ntime:\t{F(gps)}\t{F(gps)}\n#significance based on the last day\n{(long)(far * 86400)} {F(far)} {F(gps - 43200)} {F(gps + 43200)} 86400\n";

    private static string OlibJson(double gps, double far, string ifos) =>
        $$"""{"gpstime": {{F(gps)}}, "FAR": {{F(far)}}, "instruments": "{{ifos}}", "nevents": 1}""" + "\n";

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
