using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace LvalertTest.Core.Skymaps;

/// <summary>
/// Writes small, valid HEALPix sky maps as FITS (an empty primary HDU and a one-column BINTABLE of big-endian doubles
/// named PROB, as BAYESTAR writes them), so simulated pipelines can upload sky maps the supervisor's sky-map checks can read. Same input, same bytes (the gzip header carries no time stamp).
/// </summary>
public static class HealpixFitsWriter
{
    /// <summary>A map with the same probability in every pixel (NSIDE 1: 12 pixels, NSIDE 2: 48).</summary>
    public static double[] Uniform(int nside)
    {
        long pixels = HealpixSkymap.PixelCount(nside);
        return nside is >= 1 and <= 64
            ? Enumerable.Repeat(1.0 / pixels, (int)pixels).ToArray()
            : throw new ArgumentOutOfRangeException(nameof(nside), nside, "small maps only: NSIDE from 1 to 64");
    }

    /// <summary>
    /// The FITS bytes of a map; the pixel count must be 12·NSIDE² for a power-of-two NSIDE. <paramref name="gzip"/>
    /// compresses the file as a <c>.fits.gz</c> upload.
    /// </summary>
    public static byte[] Write(IReadOnlyList<double> probabilities, string coordSys = "C", string ordering = "NESTED", bool gzip = true)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        int nside = Nside(probabilities.Count);
        var file = new MemoryStream();
        WriteHeader(file,
        [
            Card("SIMPLE", "T", "conforms to FITS standard"),
            Card("BITPIX", "8", "array data type"),
            Card("NAXIS", "0", "number of array dimensions"),
            Card("EXTEND", "T", null),
        ]);
        WriteHeader(file,
        [
            Card("XTENSION", Quoted("BINTABLE"), "binary table extension"),
            Card("BITPIX", "8", "array data type"),
            Card("NAXIS", "2", "number of array dimensions"),
            Card("NAXIS1", "8", "length of dimension 1"),
            Card("NAXIS2", Number(probabilities.Count), "length of dimension 2"),
            Card("PCOUNT", "0", "number of group parameters"),
            Card("GCOUNT", "1", "number of groups"),
            Card("TFIELDS", "1", "number of table fields"),
            Card("TTYPE1", Quoted(FitsLayout.ProbabilityColumn), null),
            Card("TFORM1", Quoted("D"), null),
            Card("TUNIT1", Quoted("pix-1"), null),
            Card("PIXTYPE", Quoted("HEALPIX"), "HEALPIX pixelisation"),
            Card("ORDERING", Quoted(ordering), "Pixel ordering scheme: RING, NESTED, or NUNIQ"),
            Card("COORDSYS", Quoted(coordSys), "Ecliptic, Galactic or Celestial (equatorial)"),
            Card("NSIDE", Number(nside), "Resolution parameter of HEALPIX"),
            Card("INDXSCHM", Quoted("IMPLICIT"), "Indexing: IMPLICIT or EXPLICIT"),
            Card("FIRSTPIX", "0", null),
            Card("LASTPIX", Number(probabilities.Count - 1), null),
        ]);
        Span<byte> value = stackalloc byte[8];
        foreach (double p in probabilities)
        {
            BinaryPrimitives.WriteDoubleBigEndian(value, p);
            file.Write(value);
        }

        Pad(file, 0);
        return gzip ? Gzip(file.ToArray()) : file.ToArray();
    }

    private static int Nside(int pixels)
    {
        for (int nside = 1; HealpixSkymap.PixelCount(nside) <= pixels; nside *= 2)
        {
            if (HealpixSkymap.PixelCount(nside) == pixels)
            {
                return nside;
            }
        }

        throw new ArgumentException($"{pixels} pixels is not 12·NSIDE² for a power-of-two NSIDE", nameof(pixels));
    }

    private static void WriteHeader(MemoryStream file, IEnumerable<string> cards)
    {
        foreach (string card in cards.Append("END".PadRight(FitsLayout.CardLength)))
        {
            file.Write(Encoding.ASCII.GetBytes(card));
        }

        Pad(file, (byte)' ');
    }

    // Fixed format (FITS 4.0 §4.2): keyword in columns 1-8, "= " in 9-10, numbers and logicals right-justified to
    // column 30, strings starting at column 11.
    private static string Card(string keyword, string value, string? comment)
    {
        string field = value.StartsWith('\'') ? value.PadRight(20) : value.PadLeft(20);
        string card = $"{keyword,-8}= {field}" + (comment is null ? string.Empty : $" / {comment}");
        return card.Length <= FitsLayout.CardLength
            ? card.PadRight(FitsLayout.CardLength)
            : card[..FitsLayout.CardLength];
    }

    // A string value is at least 8 characters between its quotes.
    private static string Quoted(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal),-8}'";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Pad(MemoryStream file, byte fill)
    {
        while (file.Length % FitsLayout.BlockLength != 0)
        {
            file.WriteByte(fill);
        }
    }

    private static byte[] Gzip(byte[] contents)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(contents);
        }

        return output.ToArray();
    }
}
