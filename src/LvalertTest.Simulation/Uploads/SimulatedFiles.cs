using System.Globalization;
using System.IO.Compression;
using System.Text;
using LvalertTest.Core.Skymaps;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Simulation.Uploads;

/// <summary>
/// Small but real contents for follow-up uploads: valid HEALPix sky maps (the sanity check reads them), a gzipped
/// LIGO_LW PSD above the supervisor's 100-byte size check, JSON and text placeholders. Same input, same bytes.
/// </summary>
public static class SimulatedFiles
{
    /// <summary>An NSIDE-2 (48-pixel) map, normalised, in equatorial coordinates; gzipped for <c>.fits.gz</c> names.</summary>
    public static byte[] Skymap(string fileName, RandomStream stream)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(stream);
        double[] weights = new double[HealpixSkymap.PixelCount(2)];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = stream.Exponential(1);
        }

        double total = weights.Sum();
        return HealpixFitsWriter.Write(weights.Select(w => w / total).ToArray(), gzip: fileName.EndsWith(".gz", StringComparison.Ordinal));
    }

    /// <summary>A LIGO_LW document with one PSD per instrument (an aLIGO-like analytic curve), gzipped.</summary>
    public static byte[] Psd(IEnumerable<string> instruments, double gpsTime)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        var xml = new StringBuilder("<?xml version='1.0' encoding='utf-8'?>\n<LIGO_LW>\n");
        foreach (string ifo in instruments)
        {
            xml.Append(CultureInfo.InvariantCulture, $"  <LIGO_LW Name=\"REAL8FrequencySeries\">\n    <Param Name=\"instrument:param\" Type=\"lstring\">{ifo}</Param>\n");
            xml.Append(CultureInfo.InvariantCulture, $"    <Time Name=\"epoch\" Type=\"GPS\">{gpsTime:F9}</Time>\n    <Array Name=\"PSD:array\" Type=\"real_8\"><Dim Name=\"Frequency\" Start=\"0\" Scale=\"16\">64</Dim><Dim>2</Dim>\n      <Stream Type=\"Local\" Delimiter=\" \">\n");
            for (int bin = 0; bin < 64; bin++)
            {
                double f = Math.Max(bin * 16.0, 10);
                double asd = 1e-23 * (Math.Pow(f / 40, -4) + 1 + Math.Pow(f / 300, 2));
                xml.Append(CultureInfo.InvariantCulture, $"        {f:R} {asd * asd:R}\n");
            }

            xml.Append("      </Stream>\n    </Array>\n  </LIGO_LW>\n");
        }

        return Gzip(xml.Append("</LIGO_LW>\n").ToString());
    }

    /// <summary>An empty LIGO_LW document, gzipped (gstlal's ranking-statistic PDFs, segment lists).</summary>
    public static byte[] EmptyLigoLw() => Gzip("<?xml version='1.0' encoding='utf-8'?>\n<LIGO_LW>\n</LIGO_LW>\n");

    public static byte[] Gzip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
