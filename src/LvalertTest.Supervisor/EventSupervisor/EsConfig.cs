using LvalertTest.Core.Config;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// An eventSupervisor childConfig: <c>[general]</c> (annotate, warnings, gracedb, log_directory) and one section per
/// item; a missing section means that check is not performed. <c>annotate</c> and <c>warnings</c> are required, as
/// in the original.
/// </summary>
public sealed class EsConfig
{
    private readonly IniDocument _ini;

    public EsConfig(IniDocument ini)
    {
        ArgumentNullException.ThrowIfNull(ini);
        _ini = ini;
        Annotate = ini.GetBoolean("general", "annotate");
        Warnings = ini.GetBoolean("general", "warnings");
        GraceDbUrl = ini.GetOrNull("general", "gracedb") ?? "https://gracedb.ligo.org/api/";
        Graph = EventGraph.From(ini);
    }

    public string Source => _ini.Source;

    /// <summary>Checks write <c>ES: [no ]action required : ...</c> to GraceDb.</summary>
    public bool Annotate { get; }

    /// <summary>The master switch for every e-mail the checks send.</summary>
    public bool Warnings { get; }

    public string GraceDbUrl { get; }

    public EventGraph Graph { get; }

    public EsSection? Section(string itemName) => _ini.HasSection(itemName) ? new EsSection(_ini, itemName) : null;

    /// <summary>The page of an event, from the API URL (the original stripped characters, not the suffix).</summary>
    public string EventUrl(string graceId)
    {
        string root = GraceDbUrl.TrimEnd('/');
        root = root.EndsWith("/api", StringComparison.Ordinal) ? root[..^4] : root;
        return $"{root}/events/view/{graceId}";
    }
}
