using System.Globalization;
using LvalertTest.Core.Skymaps;
using LvalertTest.Supervisor.EventSupervisor.Fits;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// The uploaded sky map itself: it must sum to 1 within <see cref="SumThreshold"/> and be in equatorial coordinates
/// (<c>COORDSYS = 'C'</c>). The file is read in memory (the original wrote it to the working directory and read it with
/// healpy); the version read is the one the triggering upload made, not whatever is latest by the deadline. A file
/// that cannot be read as a HEALPix FITS map fails the check (its exception list hears of it).
/// </summary>
internal sealed class SkymapSanityTask(EsTaskSetup setup, TimeSpan dt, string fits, int? version)
    : EsTask(setup, "skymapSanity", $"check sanity and formatting of {fits}", dt)
{
    public const double SumThreshold = 1e-6;

    protected override CheckResult Check(DateTimeOffset now)
    {
        string reference = version is { } v ? string.Create(CultureInfo.InvariantCulture, $"{fits},{v}") : fits;
        HealpixSkymap map = HealpixFitsReader.Read(GraceDb.FileContents(Event, reference));
        double oneMinusSum = 1 - map.Sum();
        string deficit = oneMinusSum.ToString("0.000000e+00", CultureInfo.InvariantCulture);
        bool normed = Math.Abs(oneMinusSum) < SumThreshold;
        bool equatorial = map.CoordSys == "C";
        return (normed, equatorial) switch
        {
            (true, true) => new CheckResult(false, $"{fits} is properly normalized (1-sum={deficit}) and in Equatorial coordinates"),
            (true, false) => new CheckResult(true, $"{fits} is properly normalized (1-sum={deficit}) but is not in Equatorial coordinates"),
            (false, true) => new CheckResult(true, $"{fits} is not properly normalized (1-sum={deficit}) but is in Equatorial coordinates"),
            _ => new CheckResult(true, $"{fits} is not properly normalized (1-sum={deficit}) and is not in Equatorial coordinates"),
        };
    }
}
