using System.Buffers.Binary;
using System.IO.Compression;
using LvalertTest.Core.Skymaps;

namespace LvalertTest.Supervisor.EventSupervisor.Fits;

/// <summary>
/// Reads a HEALPix sky map from a FITS file (plain or gzip-compressed): a primary HDU, then a BINTABLE extension
/// whose <c>PROB</c> column (<c>TFORM</c> D or E, any repeat count) holds the pixel values in big-endian order.
/// <c>NSIDE</c>, <c>ORDERING</c> and <c>COORDSYS</c> are looked up in the extension, then the primary header.
/// Anything malformed throws <see cref="InvalidDataException"/>.
/// </summary>
public static class HealpixFitsReader
{
    public const string ProbabilityColumn = FitsLayout.ProbabilityColumn;

    public static HealpixSkymap Read(byte[] contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        byte[] file = IsGzip(contents) ? Gunzip(contents) : contents;
        if (file.Length < FitsHeader.BlockLength)
        {
            throw new InvalidDataException($"not a FITS file: {file.Length} bytes, less than one {FitsHeader.BlockLength}-byte block");
        }

        if (!file.AsSpan(0, 10).SequenceEqual("SIMPLE  = "u8))
        {
            throw new InvalidDataException("not a FITS file: it does not begin with a SIMPLE card");
        }

        FitsHeader primary = FitsHeader.Read(file, 0);
        if (!primary.Logical("SIMPLE"))
        {
            throw new InvalidDataException("not a FITS file: the first card is not SIMPLE = T");
        }

        long extension = primary.Length + Padded(DataLength(primary));
        if (extension + FitsHeader.BlockLength > file.Length)
        {
            throw new InvalidDataException("the FITS file has no extension after its primary HDU");
        }

        FitsHeader table = FitsHeader.Read(file, checked((int)extension));
        if (table.Text("XTENSION") != "BINTABLE")
        {
            throw new InvalidDataException($"the first FITS extension is '{table.Text("XTENSION")}', not a BINTABLE");
        }

        return ReadMap(file, checked((int)extension + table.Length), table, primary);
    }

    private static HealpixSkymap ReadMap(byte[] file, int dataStart, FitsHeader table, FitsHeader primary)
    {
        if (table.Integer("BITPIX") != 8 || table.Integer("NAXIS") != 2)
        {
            throw new InvalidDataException("a BINTABLE needs BITPIX = 8 and NAXIS = 2");
        }

        long rowLength = table.Integer("NAXIS1");
        long rows = table.Integer("NAXIS2");
        (long offset, char type, long repeat) = Column(table);
        int width = type == 'D' ? 8 : 4;
        if (rowLength < 0 || rows < 0 || offset + (repeat * width) > rowLength)
        {
            throw new InvalidDataException($"the {ProbabilityColumn} column does not fit in rows of {rowLength} bytes");
        }

        long count = checked(rows * repeat);
        if (dataStart + checked(rows * rowLength) > file.Length)
        {
            throw new InvalidDataException($"the FITS table is truncated: {rows} rows of {rowLength} bytes do not fit in the file");
        }

        long nside = Lookup(table, primary, "NSIDE", h => (long?)h.Integer("NSIDE"))
            ?? throw new InvalidDataException("the FITS sky map has no NSIDE");
        if (nside <= 0 || nside > 1 << 29 || HealpixSkymap.PixelCount(nside) != count)
        {
            throw new InvalidDataException($"NSIDE = {nside} needs {HealpixSkymap.PixelCount(Math.Clamp(nside, 0, 1 << 29))} pixels, the table has {count}");
        }

        string ordering = Lookup(table, primary, "ORDERING", h => h.Text("ORDERING"))
            ?? throw new InvalidDataException("the FITS sky map has no ORDERING");
        if (ordering is not ("RING" or "NESTED"))
        {
            throw new InvalidDataException($"ORDERING = '{ordering}' is neither RING nor NESTED");
        }

        var values = new double[count];
        int i = 0;
        for (long row = 0; row < rows; row++)
        {
            int at = checked((int)(dataStart + (row * rowLength) + offset));
            for (long k = 0; k < repeat; k++, at += width)
            {
                values[i++] = type == 'D'
                    ? BinaryPrimitives.ReadDoubleBigEndian(file.AsSpan(at, 8))
                    : BinaryPrimitives.ReadSingleBigEndian(file.AsSpan(at, 4));
            }
        }

        string? coordSys = Lookup(table, primary, "COORDSYS", h => h.Text("COORDSYS"));
        return new HealpixSkymap((int)nside, ordering, coordSys, values);
    }

    /// <summary>The PROB column's byte offset in a row, its type (D or E) and repeat count.</summary>
    private static (long Offset, char Type, long Repeat) Column(FitsHeader table)
    {
        long fields = table.Integer("TFIELDS");
        long offset = 0;
        for (int n = 1; n <= fields; n++)
        {
            string form = table.Text($"TFORM{n}") ?? throw new InvalidDataException($"the FITS table has no TFORM{n}");
            (char type, long repeat) = ParseForm(form);
            if (string.Equals(table.Text($"TTYPE{n}")?.Trim(), ProbabilityColumn, StringComparison.OrdinalIgnoreCase))
            {
                return type is 'D' or 'E'
                    ? (offset, type, repeat)
                    : throw new InvalidDataException($"the {ProbabilityColumn} column has TFORM{n} = '{form}', not D or E");
            }

            offset += ColumnWidth(type, repeat);
        }

        throw new InvalidDataException($"the FITS table has no {ProbabilityColumn} column");
    }

    private static (char Type, long Repeat) ParseForm(string form)
    {
        string trimmed = form.Trim();
        int digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        if (digits == trimmed.Length)
        {
            throw new InvalidDataException($"TFORM '{form}' has no data type");
        }

        long repeat = digits == 0 ? 1 : long.Parse(trimmed.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        return (trimmed[digits], repeat);
    }

    // Bytes per field of each BINTABLE type (FITS 4.0, table 18); P and Q are array descriptors.
    private static long ColumnWidth(char type, long repeat) => type switch
    {
        'L' or 'B' or 'A' => repeat,
        'X' => (repeat + 7) / 8,
        'I' => 2 * repeat,
        'J' or 'E' => 4 * repeat,
        'K' or 'D' or 'C' or 'P' => 8 * repeat,
        'M' or 'Q' => 16 * repeat,
        _ => throw new InvalidDataException($"unknown BINTABLE column type '{type}'"),
    };

    private static long DataLength(FitsHeader header)
    {
        long axes = header.Integer("NAXIS");
        if (axes == 0)
        {
            return 0;
        }

        long length = Math.Abs(header.Integer("BITPIX")) / 8;
        for (int n = 1; n <= axes; n++)
        {
            length = checked(length * header.Integer($"NAXIS{n}"));
        }

        return length;
    }

    private static long Padded(long length) => (length + FitsHeader.BlockLength - 1) / FitsHeader.BlockLength * FitsHeader.BlockLength;

    private static T? Lookup<T>(FitsHeader table, FitsHeader primary, string keyword, Func<FitsHeader, T> read) =>
        table.Has(keyword) ? read(table) : primary.Has(keyword) ? read(primary) : default;

    private static bool IsGzip(byte[] contents) => contents.Length >= 2 && contents[0] == 0x1F && contents[1] == 0x8B;

    private static byte[] Gunzip(byte[] contents)
    {
        using var input = new MemoryStream(contents);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }
}
