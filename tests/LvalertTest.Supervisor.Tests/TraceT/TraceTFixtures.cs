using LvalertTest.Supervisor.TraceT.Notices;
using LvalertTest.Supervisor.TraceT.Proposals;

namespace LvalertTest.Supervisor.Tests.TraceT;

/// <summary>TraceT's own test packets and proposal settings (tests/fixtures/tracet, copied unchanged).</summary>
internal static class TraceTFixtures
{
    public static string EventsDirectory => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "tracet", "test_events");

    public static string ProposalsDirectory => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "tracet", "proposal_settings");

    public static string PacketText(string name) => File.ReadAllText(RepositoryPaths.Fixture("tracet", "test_events", name));

    public static ParsedNotice Notice(string name, DateTimeOffset receivedAt) => NoticeReader.Parse(PacketText(name), receivedAt, name);

    public static IReadOnlyList<ProposalSettings> Proposals(params string[] files) =>
        new ProposalSettingsLoader().Load(files.Select(f => RepositoryPaths.Fixture("tracet", "proposal_settings", f)));

    /// <summary>A notice's event time plus a realistic delivery delay: when TraceT would have received it.</summary>
    public static DateTimeOffset ArrivalOf(string name) =>
        (Notice(name, DateTimeOffset.UnixEpoch).EventObserved ?? throw new InvalidOperationException(name + " has no time")) + TimeSpan.FromSeconds(30);

    /// <summary>The reason lines without their 28-character time stamp, as TraceT's own tests compare them.</summary>
    public static IEnumerable<string> Unstamped(IEnumerable<string> lines) => lines.Select(l => l[28..]);
}
