namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// BAYESTAR's second sky map, made without Virgo: expected only when V1 is among the event's instruments, otherwise
/// nothing needs doing.
/// </summary>
internal sealed class BayestarNoVirgoTask(EsTaskSetup setup, TimeSpan dt, IReadOnlyList<string>? tags)
    : FileTask(setup, "bayestarNoVirgoSkymap", "check that BAYESTAR uploaded its sky map without Virgo", dt, new FileExpectation(FileName, Tags: tags))
{
    public const string FileName = "bayestar_no_virgo.fits.gz";

    protected override CheckResult Check(DateTimeOffset now)
    {
        string instruments = GraceDb.Event(Event).Instruments;
        bool withVirgo = instruments.Split(',', StringSplitOptions.TrimEntries).Contains("V1", StringComparer.Ordinal);
        return withVirgo
            ? base.Check(now)
            : new CheckResult(false, $"V1 is not among the instruments ({instruments}), so no {FileName} is expected");
    }
}
