using LvalertTest.Core.Config;
using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.EventSupervisor;

namespace LvalertTest.Replay.Configs;

/// <summary>
/// The event supervisor config a replay runs with: the one given, or the ER10 config for the event's pipeline, as
/// production ran one child process per pipeline family (scenarios/supervisor/ holds them).
/// </summary>
public static class SupervisorConfigs
{
    private static readonly string[] CbcPipelines = ["gstlal", "gstlal-spiir", "spiir", "pycbc", "MBTAOnline", "MBTA"];

    /// <summary>The ER10 config's file name for an event: CBC pipelines, cWB (long-duration search apart), oLIB, External.</summary>
    public static string DefaultFileName(GraceEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Group == "External")
        {
            return "ER10-eventSupervisor_External.ini";
        }

        if (CbcPipelines.Contains(e.Pipeline, StringComparer.Ordinal))
        {
            return "ER10-eventSupervisor_CBC.ini";
        }

        return e.Pipeline switch
        {
            "CWB" or "CWB2G" when e.Search == "AllSkyLong" => "ER10-eventSupervisor_cWBLong.ini",
            "CWB" or "CWB2G" => "ER10-eventSupervisor_cWB.ini",
            "LIB" or "oLIB" => "ER10-eventSupervisor_oLIB.ini",
            _ => throw new ReplayInputException($"no default supervisor config for pipeline '{e.Pipeline}' of group '{e.Group}': give one with --config"),
        };
    }

    /// <summary>The first of <paramref name="directories"/> that holds <paramref name="fileName"/>.</summary>
    public static string Find(string fileName, IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        List<string> looked = directories.ToList();
        return looked.Select(d => Path.Combine(d, fileName)).FirstOrDefault(File.Exists)
            ?? throw new ReplayInputException($"no --config given and {fileName} was not found (looked in {string.Join(", ", looked)})");
    }

    /// <summary>Loads an eventSupervisor childConfig; a broken file is an error naming it (and the section and option).</summary>
    public static EsConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReplayInputException($"{path}: cannot read the supervisor config ({e.Message})", e);
        }

        try
        {
            var ini = IniDocument.Parse(text, path);
            string? processType = ini.GetOrNull("general", "process_type");
            if (processType is not null && processType != EventSupervisorProcessType.ProcessTypeName)
            {
                throw new ReplayInputException($"{path}: [general] process_type: replay drives the {EventSupervisorProcessType.ProcessTypeName}, not '{processType}'");
            }

            return new EsConfig(ini);
        }
        catch (FormatException e)
        {
            throw new ReplayInputException(e.Message.Contains(path, StringComparison.Ordinal) ? e.Message : $"{path}: {e.Message}", e);
        }
    }
}
