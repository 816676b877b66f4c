namespace LvalertTest.Core.Skymaps;

/// <summary>The FITS sizes and names that the sky-map writer (here) and the supervisor's reader both depend on.</summary>
public static class FitsLayout
{
    /// <summary>A header card is 80 ASCII characters (FITS standard 4.0, §4.1).</summary>
    public const int CardLength = 80;

    /// <summary>Headers and data are padded to whole 2880-byte blocks.</summary>
    public const int BlockLength = 2880;

    /// <summary>The BINTABLE column that holds a HEALPix map's probability per pixel.</summary>
    public const string ProbabilityColumn = "PROB";
}
