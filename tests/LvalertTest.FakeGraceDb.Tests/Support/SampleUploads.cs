using System.Globalization;
using System.Text;

namespace LvalertTest.FakeGraceDb.Tests.Support;

/// <summary>Pipeline uploads in the real formats.</summary>
internal static class SampleUploads
{
    public static byte[] GstlalCoinc(double endTime = 1187008882.4457, double far = 1.1e-14, string ifos = "H1,L1")
    {
        long seconds = (long)Math.Floor(endTime);
        long nanoseconds = (long)Math.Round((endTime - seconds) * 1e9);
        string xml = $"""
            <?xml version='1.0' encoding='utf-8'?>
            <!DOCTYPE LIGO_LW SYSTEM "http://ldas-sw.ligo.caltech.edu/doc/ligolwAPI/html/ligolw_dtd.txt">
            <LIGO_LW>
              <Table Name="coinc_inspiral:table">
                <Column Name="coinc_inspiral:coinc_event_id" Type="ilwd:char"/>
                <Column Name="coinc_inspiral:ifos" Type="lstring"/>
                <Column Name="coinc_inspiral:end_time" Type="int_4s"/>
                <Column Name="coinc_inspiral:end_time_ns" Type="int_4s"/>
                <Column Name="coinc_inspiral:mass" Type="real_8"/>
                <Column Name="coinc_inspiral:mchirp" Type="real_8"/>
                <Column Name="coinc_inspiral:snr" Type="real_8"/>
                <Column Name="coinc_inspiral:false_alarm_rate" Type="real_8"/>
                <Column Name="coinc_inspiral:combined_far" Type="real_8"/>
                <Stream Name="coinc_inspiral:table" Type="Local" Delimiter=",">
                  "coinc_event:coinc_event_id:0","{ifos}",{seconds},{nanoseconds},2.8,1.1977,32.4,{far.ToString("R", CultureInfo.InvariantCulture)},{far.ToString("R", CultureInfo.InvariantCulture)},
                </Stream>
              </Table>
            </LIGO_LW>
            """;
        return Encoding.UTF8.GetBytes(xml);
    }

    public static byte[] CwbTrigger(double gps = 1165855145.5572, double far = 3.79986e-06) => Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"""
            rho:	8.9
            likelihood:	103.0
            ifo:	H1 L1
            start:	{gps - 0.005}	{gps - 0.005}
            time:	{gps}	{gps}
            duration:	0.010605
            frequency:	738.424011
            bandwidth:	182.672699
            snr:	7.1	7.2
            search=r
            ## number of events with rho>= 8.9
            #significance based on the last day
            {(int)(far * 86400)} {far} {gps - 43200} {gps + 43200} 86400
            trigger_{gps}.txt
            """));

    public static byte[] OlibJson(double gps = 1187008882.43, double far = 2.5e-8) => Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $$"""{"gpstime": {{gps}}, "FAR": {{far}}, "instruments": "H1,L1", "likelihood": 12.5, "nevents": 1, "BCI": 9.1, "BSN": 48.2, "Omicron_SNR_Network": 9.9, "Omicron_SNR_H1": 7.0, "Omicron_SNR_L1": 7.0}"""));

    /// <summary>A real Fermi GBM notice from the TraceT test packets, unchanged.</summary>
    public static byte[] FermiNotice() => File.ReadAllBytes(RepositoryPaths.Fixture("tracet", "test_events", "Fermi_GRB.xml"));
}
