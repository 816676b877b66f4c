using System.Text.Json.Nodes;
using LvalertTest.Core.Config;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// Which items an alert creates: the items of a <c>new</c> alert, the sky-map items of every FITS upload, and the
/// <c>parent_child</c> graph from an update's name to the items it starts. The graph is the original's unless the
/// childConfig has a <c>[parent_child]</c> section (<c>update name = item, item</c>), which replaces it.
/// </summary>
public sealed class EventGraph
{
    /// <summary>Items created on <c>new</c>, in the original's order.</summary>
    public static IReadOnlyList<string> NewItems { get; } =
    [
        "event creation", "far", "local rate", "creation rate", "external triggers", "unblind injections", "lldqReport",
        "idq start", "h1 omega scan start", "l1 omega scan start", "cit omega scan start", "segdb2grcdb start", "notify",
        "bayeswave pe start", "cwb pe", "lalinf start", "lib pe start", "approval processor prelim dq",
    ];

    /// <summary>Items created for every sky-map (FITS) upload.</summary>
    public static IReadOnlyList<string> FitsItems { get; } = ["skymap sanity", "plot skymap", "skyviewer", "snglFITS start"];

    /// <summary>The original's graph (its dead edge to 'idq omega scan start', an item that never existed, is dropped).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DefaultParentChild { get; } = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["idq start"] = ["idq"],
        ["idqGlitchFAP"] = [],
        ["idqActiveChan"] = [],
        ["h1 omega scan start"] = ["h1 omega scan"],
        ["l1 omega scan start"] = ["l1 omega scan"],
        ["cit omega scan start"] = ["cit omega scan"],
        ["segdb2grcdb start"] = ["segdb2grcdb"],
        ["psd"] = ["bayestar start", "bayestarNoVirgo", "em bright"],
        ["bayestar start"] = ["bayestar"],
        ["bayestar skymap"] = ["bayestar finish"],
        ["bayeswave pe start"] = ["bayeswave pe"],
        ["lalinf start"] = ["lalinf"],
        ["lib pe start"] = ["lib pe"],
        ["snglFITS start"] = ["snglFITS"],
        ["snglFITSFinish"] = ["multFITS start"],
        ["multFITS start"] = ["multFITS"],
    };

    private readonly IniDocument _ini;

    private EventGraph(IniDocument ini, IReadOnlyDictionary<string, IReadOnlyList<string>> parentChild)
    {
        _ini = ini;
        ParentChild = parentChild;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ParentChild { get; }

    public static EventGraph From(IniDocument ini)
    {
        ArgumentNullException.ThrowIfNull(ini);
        if (!ini.HasSection("parent_child"))
        {
            return new EventGraph(ini, DefaultParentChild);
        }

        var graph = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach ((string update, string children) in ini.Items("parent_child"))
        {
            graph[update] = children.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return new EventGraph(ini, graph);
    }

    /// <summary>The children of an update alert, or none.</summary>
    public IReadOnlyList<string> ChildrenOf(string? updateName) =>
        updateName is not null && ParentChild.TryGetValue(updateName, out IReadOnlyList<string>? children) ? children : [];

    /// <summary>The original's parseUpdate: the first rule that matches names the update.</summary>
    public string? UpdateName(JsonObject alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        string description = (alert["description"] as JsonValue)?.ToString() ?? string.Empty;
        string file = (alert["file"] as JsonValue)?.ToString() ?? string.Empty;
        bool Has(string fragment) => description.Contains(fragment, StringComparison.Ordinal);

        if (Has("Started searching for iDQ information within"))
        {
            return "idq start";
        }

        if (Has("minimum glitch-FAP for"))
        {
            return "idqGlitchFAP";
        }

        if (Has("iDQ (possible) active channels for"))
        {
            return "idqActiveChan";
        }

        foreach (string scan in new[] { "l1 omega scan start", "h1 omega scan start", "cit omega scan start" })
        {
            if (_ini.HasSection(scan) && Has(OmegaScanStartMessage(new EsSection(_ini, scan).Words("chansets"))))
            {
                return scan;
            }
        }

        return Has("automatic OmegaScans begun for: ") ? "omega scan start"
            : Has("began searching for segments in ") ? "segdb2grcdb start"
            : file == "psd.xml.gz" ? "psd"
            : Has("INFO:BAYESTAR:starting sky localization") ? "bayestar start"
            : Has("INFO:BAYESTAR:uploaded sky map") ? "bayestar skymap"
            : Has("BayesWaveBurst launched") ? "bayeswave pe start"
            : Has("LALInference online estimation started") ? "lalinf start"
            : Has("LIB Parameter estimation started") ? "lib pe start"
            : Has("started skymap summary for") ? "snglFITS start"
            : Has("finished skymap summary for") ? "snglFITSFinish"
            : Has("started skymap comparison for") ? "multFITS start"
            : null;
    }

    /// <summary>True for a sky-map upload (<c>.fits</c> or <c>.fits.gz</c>).</summary>
    public static bool IsFits(string? file) =>
        file is not null && (file.EndsWith(".fits.gz", StringComparison.Ordinal) || file.EndsWith(".fits", StringComparison.Ordinal));

    /// <summary>The log an omega-scan start posts for its chansets.</summary>
    public static string OmegaScanStartMessage(IReadOnlyList<string> chansets) => "automatic OmegaScans begun for: " + string.Join(", ", chansets);
}
