using System.IO.Abstractions;
using LvalertTest.Core.Config;
using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.Config;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.TraceT.Decisions;
using LvalertTest.Supervisor.TraceT.Proposals;
using LvalertTest.Supervisor.TraceT.Telescopes;

namespace LvalertTest.Supervisor.TraceT.Process;

/// <summary>
/// TraceT as a listener's child process: its childConfig says <c>[general] process_type = tracet</c> and
/// <c>[tracet] proposals = DIR|FILE</c> (relative to the childConfig), and optionally <c>recipients</c> for its
/// TRIGGERING / INFO / PENDING e-mails. Telescopes are the simulated ones (no real observatory is ever called).
/// </summary>
public static class TraceTChildConfig
{
    private const string Section = "tracet";

    public static TraceTProcessType Create(ChildConfigFile child, ISupervisorLog log, INotifier notifier, IGraceDb? graceDb, TimeProvider? time, IFileSystem? fileSystem)
    {
        ArgumentNullException.ThrowIfNull(child);
        IFileSystem fs = fileSystem ?? new FileSystem();
        string proposals = child.Ini.Get(Section, "proposals");
        string path = fs.Path.IsPathRooted(proposals) ? proposals : fs.Path.Combine(fs.Path.GetDirectoryName(child.Path) ?? ".", proposals);
        IReadOnlyList<ProposalSettings> settings;
        try
        {
            settings = new ProposalSettingsLoader(fs).Load([path]);
        }
        catch (ProposalFormatException e)
        {
            throw new IniFormatException($"{child.Path}: [{Section}] proposals: {e.Message}");
        }

        string[] recipients = child.Ini.GetOrNull(Section, "recipients")?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
        var service = new TraceTService(
            settings,
            new FakeTelescopeService(),
            time ?? throw new InvalidOperationException($"{child.Path}: TraceT needs the listener's clock"),
            new UserAlerts(notifier, recipients));
        return new TraceTProcessType(service, log, graceDb);
    }
}
