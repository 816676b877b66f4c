namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// dq/idq.py, dq/omegaScan.py and dq/segDB2grcDB.py: that iDQ, the OmegaScans and segDB2grcDB start on every new
/// event, and that each uploads what it should once started.
/// </summary>
internal static class DqItems
{
    public static void Register(EsItemCatalogue catalogue)
    {
        catalogue.Add("idq start", IdqStart);
        catalogue.Add("idq", IdqProducts.Tasks);
        foreach (string site in new[] { "h1", "l1", "cit" })
        {
            catalogue.Add($"{site} omega scan start", OmegaScanStart);
            catalogue.Add($"{site} omega scan", OmegaScan);
        }

        catalogue.Add("segdb2grcdb start", r => [new LogTask(r.Setup(), "segDB2grcDBStart", "check that segDB2grcDB began searching for segments", r.Section.Seconds("dt"), SegDbMessages.Start)]);
        catalogue.Add("segdb2grcdb", SegDbMessages.Tasks);
    }

    /// <summary>One start check per interferometer in <c>ifos</c>.</summary>
    private static IReadOnlyList<EsTask> IdqStart(EsItemRequest r)
    {
        TimeSpan dt = r.Section.Seconds("dt");
        IReadOnlyList<string> ifos = Required(r.Section, "ifos");
        return ifos.Select(ifo => (EsTask)new LogTask(r.Setup(), "idqStart", $"check that iDQ started searching for information at {ifo}", dt,
            IdqProducts.StartPattern(ifo), regex: true)).ToList();
    }

    private static IReadOnlyList<EsTask> OmegaScanStart(EsItemRequest r)
    {
        TimeSpan dt = r.Section.Seconds("dt");
        IReadOnlyList<string> chansets = Required(r.Section, "chansets");
        return [new LogTask(r.Setup(), "omegaScanStart", $"check that automatic OmegaScans began for {string.Join(", ", chansets)}", dt,
            EventGraph.OmegaScanStartMessage(chansets))];
    }

    /// <summary>One data check per chanset the start message named, then the finish message for all of them.</summary>
    private static IReadOnlyList<EsTask> OmegaScan(EsItemRequest r)
    {
        TimeSpan dataDt = r.Section.Seconds("data dt");
        TimeSpan finishDt = r.Section.Seconds("finish dt");
        IReadOnlyList<string> chansets = OmegaScanChansets.Parse(r);
        var tasks = new List<EsTask>();
        foreach (string chanset in chansets)
        {
            tasks.Add(new FileTask(r.Setup(), "omegaScanData", $"check that the OmegaScan of {chanset} was uploaded", dataDt, new FileExpectation(chanset + ".json")));
        }

        tasks.Add(new LogTask(r.Setup(), "omegaScanFinish", $"check that automatic OmegaScans finished for {string.Join(", ", chansets)}", finishDt,
            OmegaScanChansets.FinishMessage(chansets)));
        return tasks;
    }

    /// <summary>A list option the original read without a default: absent or empty is a config error naming it.</summary>
    internal static IReadOnlyList<string> Required(EsSection section, string option)
    {
        IReadOnlyList<string> words = section.Has(option) ? section.Words(option) : throw section.Error(option, "is missing");
        return words.Count > 0 ? words : throw section.Error(option, "is empty");
    }
}
