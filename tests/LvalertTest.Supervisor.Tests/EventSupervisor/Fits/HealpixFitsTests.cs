using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using LvalertTest.Core.Skymaps;
using LvalertTest.Supervisor.EventSupervisor.Fits;

namespace LvalertTest.Supervisor.Tests.EventSupervisor.Fits;

/// <summary>The HEALPix FITS reader and writer: round trips, the byte layout of the FITS standard, malformed files.</summary>
public class HealpixFitsTests
{
    private const int Block = 2880;

    // 8 × 1/16 + 4 × 1/8 = 1 exactly, so sums compare exactly.
    private static readonly double[] Exact = [.. Enumerable.Repeat(0.0625, 8), .. Enumerable.Repeat(0.125, 4)];

    [Test]
    public void Writer_GzipNside1_RoundTripsThroughTheReader()
    {
        HealpixSkymap map = HealpixFitsReader.Read(HealpixFitsWriter.Write(Exact));

        Assert.Multiple(() =>
        {
            Assert.That(map.Nside, Is.EqualTo(1));
            Assert.That(map.Ordering, Is.EqualTo("NESTED"));
            Assert.That(map.CoordSys, Is.EqualTo("C"));
            Assert.That(map.Probabilities, Is.EqualTo(Exact));
            Assert.That(map.Sum(), Is.EqualTo(1.0));
        });
    }

    [Test]
    public void Writer_PlainNside2Galactic_RoundTripsThroughTheReader()
    {
        double[] values = Enumerable.Range(0, 48).Select(i => i / 1128.0).ToArray();

        HealpixSkymap map = HealpixFitsReader.Read(HealpixFitsWriter.Write(values, coordSys: "G", ordering: "RING", gzip: false));

        Assert.Multiple(() =>
        {
            Assert.That(map.Nside, Is.EqualTo(2));
            Assert.That(map.Ordering, Is.EqualTo("RING"));
            Assert.That(map.CoordSys, Is.EqualTo("G"));
            Assert.That(map.Probabilities, Is.EqualTo(values));
            Assert.That(map.Sum(), Is.EqualTo(1.0).Within(1e-15));
        });
    }

    [Test]
    public void Writer_Uniform_SumsToOneForNside1And2()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HealpixFitsWriter.Uniform(1), Has.Length.EqualTo(12));
            Assert.That(HealpixFitsWriter.Uniform(2), Has.Length.EqualTo(48));
            Assert.That(HealpixFitsReader.Read(HealpixFitsWriter.Write(HealpixFitsWriter.Uniform(2))).Sum(), Is.EqualTo(1.0).Within(1e-15));
        });
    }

    [Test]
    public void Writer_Layout_FollowsTheFitsStandard()
    {
        byte[] file = HealpixFitsWriter.Write(Exact, gzip: false);
        string text = Encoding.ASCII.GetString(file);

        Assert.Multiple(() =>
        {
            Assert.That(file, Has.Length.EqualTo(3 * Block), "primary header, table header, table data: one block each");
            Assert.That(text[..80], Is.EqualTo("SIMPLE  =                    T / conforms to FITS standard".PadRight(80)));
            Assert.That(text[80..110], Is.EqualTo("BITPIX  =                    8"));
            Assert.That(text[320..400], Is.EqualTo("END".PadRight(80)));
            Assert.That(text[400..Block], Is.EqualTo(new string(' ', Block - 400)), "header blocks are padded with blanks");
            Assert.That(text[Block..(Block + 30)], Is.EqualTo("XTENSION= 'BINTABLE'          "));
            Assert.That(Cards(text[Block..(2 * Block)]), Does.Contain("TTYPE1  = 'PROB    '").And.Contain("TFORM1  = 'D       '").And.Contain("NSIDE   =                    1"));
            Assert.That(file.Skip(2 * Block).Take(8), Is.EqualTo(new byte[] { 0x3F, 0xB0, 0, 0, 0, 0, 0, 0 }), "1/16 as a big-endian IEEE double");
            Assert.That(file.Skip((2 * Block) + 96), Is.All.EqualTo(0), "data blocks are padded with zeros");
        });
    }

    [Test]
    public void Reader_HandBuiltFloatTableWithTwoColumns_ReadsTheProbabilityColumn()
    {
        // Built card by card and byte by byte, independently of the writer: the primary header says NSIDE; the table
        // has PROB as 4-byte floats (TFORM E) followed by an 8-byte column the reader must step over.
        var primary = new[]
        {
            "SIMPLE  =                    T",
            "BITPIX  =                   16",
            "NAXIS   =                    1",
            "NAXIS1  =                    3 / three 2-byte values, padded to a block",
            "EXTEND  =                    T",
            "NSIDE   =                    1",
            "COMMENT a primary array the reader must skip",
        };
        var table = new[]
        {
            "XTENSION= 'BINTABLE'           / binary table extension",
            "BITPIX  =                    8",
            "NAXIS   =                    2",
            "NAXIS1  =                   12 / bytes per row",
            "NAXIS2  =                   12 / rows",
            "PCOUNT  =                    0",
            "GCOUNT  =                    1",
            "TFIELDS =                    2",
            "TTYPE1  = 'PROB    '",
            "TFORM1  = 'E       '",
            "TTYPE2  = 'DISTMU  '",
            "TFORM2  = 'D       '",
            "ORDERING= 'RING    '",
            "COORDSYS= 'G       '           / galactic, with a comment",
        };
        var bytes = new List<byte>();
        bytes.AddRange(Header(primary));
        bytes.AddRange(Padded([0, 1, 0, 2, 0, 3], 0));
        bytes.AddRange(Header(table));
        var data = new List<byte>();
        for (int row = 0; row < 12; row++)
        {
            data.AddRange(row < 8 ? [0x3D, 0x80, 0x00, 0x00] : [0x3E, 0x00, 0x00, 0x00]); // 0.0625f, 0.125f
            data.AddRange([0x40, 0x24, 0, 0, 0, 0, 0, 0]); // 10.0 in the second column
        }

        bytes.AddRange(Padded([.. data], 0));

        HealpixSkymap map = HealpixFitsReader.Read([.. bytes]);

        Assert.Multiple(() =>
        {
            Assert.That(map.Nside, Is.EqualTo(1));
            Assert.That(map.Ordering, Is.EqualTo("RING"));
            Assert.That(map.CoordSys, Is.EqualTo("G"));
            Assert.That(map.Probabilities, Is.EqualTo(Exact));
        });
    }

    [Test]
    public void Reader_GzipOfHandBuiltBytes_IsReadLikeThePlainFile()
    {
        byte[] plain = HealpixFitsWriter.Write(Exact, gzip: false);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        Assert.That(HealpixFitsReader.Read(compressed.ToArray()).Probabilities, Is.EqualTo(Exact));
    }

    [TestCase("empty", "not a FITS file")]
    [TestCase("text", "not a FITS file")]
    [TestCase("no end", "FITS header")]
    [TestCase("truncated data", "truncated")]
    [TestCase("nside mismatch", "NSIDE = 2 needs 48 pixels, the table has 12")]
    [TestCase("integer column", "not D or E")]
    [TestCase("no prob column", "has no PROB column")]
    [TestCase("bad gzip", "")]
    public void Reader_MalformedFile_ThrowsInvalidData(string kind, string message)
    {
        byte[] good = HealpixFitsWriter.Write(Exact, gzip: false);
        string text = Encoding.ASCII.GetString(good);
        byte[] bad = kind switch
        {
            "empty" => [],
            "text" => Encoding.ASCII.GetBytes(new string('x', 3 * Block)),
            "no end" => Encoding.ASCII.GetBytes(text.Replace("END" + new string(' ', 77), new string(' ', 80), StringComparison.Ordinal)),
            "truncated data" => good[..((2 * Block) + 50)],
            "nside mismatch" => Encoding.ASCII.GetBytes(text.Replace("NSIDE   =                    1", "NSIDE   =                    2", StringComparison.Ordinal)),
            "integer column" => Encoding.ASCII.GetBytes(text.Replace("TFORM1  = 'D       '", "TFORM1  = 'K       '", StringComparison.Ordinal)),
            "no prob column" => Encoding.ASCII.GetBytes(text.Replace("TTYPE1  = 'PROB    '", "TTYPE1  = 'DISTMU  '", StringComparison.Ordinal)),
            _ => [0x1F, 0x8B, 1, 2, 3, 4, 5],
        };

        Assert.That(() => HealpixFitsReader.Read(bad), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(message));
    }

    /// <summary>Each card's keyword and value (its first 30 columns), comments cut.</summary>
    private static IEnumerable<string> Cards(string header) =>
        Enumerable.Range(0, header.Length / 80).Select(i => header.Substring(i * 80, 30).TrimEnd());

    private static byte[] Header(IEnumerable<string> cards) =>
        Padded(Encoding.ASCII.GetBytes(string.Concat(cards.Append("END").Select(c => c.PadRight(80)))), (byte)' ');

    private static byte[] Padded(byte[] bytes, byte fill) =>
        [.. bytes, .. Enumerable.Repeat(fill, ((bytes.Length + Block - 1) / Block * Block) - bytes.Length)];
}
