using System.Text.RegularExpressions;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// segDB2grcDB: one segment file per flag (<c>flags</c>), the any-flag summary when <c>any dt</c> is set, and the
/// finish message. Veto-definer checks were never implemented: a non-empty <c>veto defs</c> is a config error.
/// </summary>
internal static class SegDbMessages
{
    public const string Start = "began searching for segments in : ";

    public const string Finish = "finished searching for segments in : ";

    public const string AnyPattern = "allActive-(.*)-(.*).json";

    public static IReadOnlyList<EsTask> Tasks(EsItemRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        EsSection section = r.Section;
        if (section.Words("veto defs").Count > 0)
        {
            throw section.Error("veto defs", "veto-definer checks are not implemented; leave it empty");
        }

        TimeSpan flagsDt = section.Seconds("flags dt");
        var tasks = new List<EsTask>();
        foreach (string flag in DqItems.Required(section, "flags"))
        {
            tasks.Add(new FileTask(r.Setup(), "segDB2grcDBFlag", $"check that segDB2grcDB uploaded the segments of {flag}", flagsDt,
                new FileExpectation(FilePattern(section, flag), Regex: true)));
        }

        if (section.Has("any dt"))
        {
            tasks.Add(new FileTask(r.Setup(), "segDB2grcDBAny", "check that segDB2grcDB uploaded the union of active segments", section.Seconds("any dt"),
                new FileExpectation(AnyPattern, Regex: true)));
        }

        tasks.Add(new LogTask(r.Setup(), "segDB2grcDBFinish", "check that segDB2grcDB finished searching for segments", section.Seconds("finish dt"), Finish));
        return tasks;
    }

    /// <summary>
    /// The segment file of a flag: <c>H1:DMT-ANALYSIS_READY:1</c> → <c>H1-DMT_ANALYSIS_READY_1-(.*)-(.*).xml.gz</c>
    /// (the interferometer, then the rest with '-' made '_' and joined by '_').
    /// </summary>
    public static string FilePattern(EsSection section, string flag)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(flag);
        string[] parts = flag.Split(':');
        if (parts.Length < 2 || parts.Any(p => p.Length == 0))
        {
            throw section.Error("flags", $"'{flag}' is not IFO:NAME[:VERSION]");
        }

        string rest = string.Join("_", parts.Skip(1).Select(p => p.Replace('-', '_')));
        return Regex.Escape(parts[0]) + "-" + Regex.Escape(rest) + "-(.*)-(.*).xml.gz";
    }
}
