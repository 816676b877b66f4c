using LvalertTest.Core.Config;
using LvalertTest.Supervisor.Listening;
using LvalertTest.Supervisor.TraceT.Decisions;
using LvalertTest.Supervisor.TraceT.Proposals;
using LvalertTest.Supervisor.TraceT.Telescopes;

namespace LvalertTest.Supervisor.TraceT.Process;

/// <summary>
/// TraceT as a listener's child process. Its childConfig says, beside <c>[general] process_type = tracet</c>:
/// <code>
/// [tracet]
/// proposals      = proposal_settings/           ; files or directories of TraceT proposal YAML, relative to this file
/// recipients     = oncall@example.org           ; who gets TraceT's TRIGGERING / INFO / PENDING mail (optional)
/// down telescopes = ATCA                        ; telescopes whose (fake) service does not answer (optional)
/// </code>
/// </summary>
public static class TraceTChildConfig
{
    private const string Section = "tracet";

    public static TraceTProcessType Create(ProcessTypeSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        IniDocument ini = setup.Child.Ini;
        string directory = Path.GetDirectoryName(Path.GetFullPath(setup.Child.Path)) ?? ".";
        string[] proposals = Words(ini.GetOrNull(Section, "proposals"));
        if (proposals.Length == 0)
        {
            throw new IniFormatException($"{setup.Child.Path}: [{Section}] proposals: is required (proposal settings files or directories)");
        }

        IReadOnlyList<ProposalSettings> settings;
        try
        {
            settings = new ProposalSettingsLoader().Load(proposals.Select(p => Path.GetFullPath(p, directory)));
        }
        catch (ProposalFormatException e)
        {
            throw new IniFormatException($"{setup.Child.Path}: [{Section}] proposals: {e.Message}");
        }

        var telescopes = new FakeTelescopeService();
        foreach (string down in Words(ini.GetOrNull(Section, "down telescopes")))
        {
            telescopes.Down(down);
        }

        var alerts = new UserAlerts(setup.Notifier, Words(ini.GetOrNull(Section, "recipients")));
        var service = new TraceTService(settings, telescopes, setup.Time ?? throw new InvalidOperationException("TraceT needs the engines' clock"), alerts);
        return new TraceTProcessType(service, setup.Log, setup.GraceDb);
    }

    private static string[] Words(string? value) => (value ?? string.Empty).Split([' ', ',', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
