namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>The CBC PSD upload: <c>psd.xml.gz</c> present and not suspiciously small (at least 100 bytes).</summary>
internal sealed class PsdTask(EsTaskSetup setup, TimeSpan dt)
    : FileTask(setup, "cbcPSD", "check that the PSD was uploaded", dt, new FileExpectation("psd.xml.gz"))
{
    public const int MinimumLength = 100;

    protected override CheckResult Check(DateTimeOffset now)
    {
        CheckResult found = base.Check(now);
        if (found.ActionRequired || GraceDb.FileContents(Event, "psd.xml.gz").Length >= MinimumLength)
        {
            return found;
        }

        return new CheckResult(true, found.Warning + ". However, the file's size seems suspiciously small.");
    }
}
