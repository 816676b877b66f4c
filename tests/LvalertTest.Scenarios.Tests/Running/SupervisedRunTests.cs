using System.Text.Json.Nodes;
using LvalertTest.Reports.Summary;
using LvalertTest.Scenarios.Loading;
using LvalertTest.Scenarios.Model;
using LvalertTest.Scenarios.Running;

namespace LvalertTest.Scenarios.Tests.Running;

/// <summary>
/// Scenarios with the event supervisor on (the ER10 CBC childConfig, warnings on, annotate off): one gstlal event whose
/// PSD comes 10 s after creation and whose BAYESTAR start comes at 40 s, no other follow-up. The e-mails and their
/// virtual times follow from the config's dt values; the faults shift, drop, repeat or delay them as a user expects.
/// </summary>
public class SupervisedRunTests
{
    // Offsets from the event's creation (the scenario's start): dt of each item in ER10-eventSupervisor_CBC.ini.
    private static readonly string[] CleanMails =
    [
        "+0 G000001: cbcPSD requires attention",                 // event creation, dt 0: the PSD comes at +10
        "+10 G000001: idqStart requires attention",              // idq start, dt 10, once per ifo (H1 L1)
        "+10 G000001: idqStart requires attention",
        "+10 G000001: omegaScanStart requires attention",        // h1 and l1 omega scan start, dt 10
        "+10 G000001: omegaScanStart requires attention",
        "+10 G000001: segDB2grcDBStart requires attention",      // segdb2grcdb start, dt 10
        "+10 new GraceDb Event: G000001",                        // notify, dt 10
        "+10 G000001: lalinfStart requires attention",           // lalinf start, dt 10
        "+20 G000001: bayestarStart requires attention",         // PSD at +10, dt 10; the message comes at +40
        "+30 G000001: externalTriggers requires attention",      // dt 30
        "+30 G000001: unblindInjections requires attention",     // dt 30
        "+130 G000001: bayestarSkymap requires attention",       // BAYESTAR start at +40, skymap dt 90
    ];

    private string _out = null!;

    [SetUp]
    public void MakeOutputDirectory() => _out = Directory.CreateTempSubdirectory("lvalerttest-supervised-").FullName;

    [TearDown]
    public void RemoveOutputDirectory() => Directory.Delete(_out, recursive: true);

    [Test]
    public void OneGstlalEvent_EveryEmailAtItsVirtualTime_InEmailsJsonl()
    {
        RunSummary summary = Run(Scenario());

        Assert.Multiple(() =>
        {
            Assert.That(MailsFromFile(), Is.EqualTo(CleanMails), $"seed={summary.Seed}");
            Assert.That((summary.Emails, summary.QueueEmpty), Is.EqualTo((12L, (bool?)true)));
            Assert.That(summary.Expectations.Where(e => !e.Passed), Is.Empty);
            Assert.That(File.Exists(Path.Combine(_out, "logs", "event_supervisor_ER10-eventSupervisor_CBC.log")), Is.True);
            Assert.That(File.Exists(Path.Combine(_out, "logs", "G000001.log")), Is.True);
        });
    }

    [Test]
    public void Expectations_OnEmailsItemsLabelsLatencyAndCounts_PassWhenTrue_AndNameWhatMovedWhenNot()
    {
        string expect = """
            expect:
              queue_empty: true
              emails:
                - { subject: "G000001: bayestarSkymap requires attention", to: [REDACTED@example.org], within: [129s, 131s], count: 1 }
                - { subject_contains: "requires attention", graceid: G000001, count: 11 }
                - { subject: "G000001: bayestarSkymap requires attention", within: [0s, 60s] }
              items:
                - { item: bayestar, graceid: G000001, count: 1 }
                - { item: "bayestar start", count: 2 }
              labels:
                - { graceid: G000001, has: [H1OPS], absent: [DQV] }
              latency: { p50: 10s, p100: 9m }
              counts: { emails: 12, checks: 16, items: 14 }
            """;

        RunSummary summary = Run(Scenario(expect: expect, labels: "    labels: [H1OPS]\n"));

        Assert.That(summary.Expectations.Where(e => !e.Passed).Select(e => $"{e.Name}: expected {e.Expected}, got {e.Actual}"), Is.EqualTo(new[]
        {
            "email 'G000001: bayestarSkymap requires attention' within [0s, 60s]: expected at least 1 matching, got 0 matching (same subject at +130s)",
            "item 'bayestar start': expected 2 matching, got 1 matching",
            "latency p100: expected <= 540s, got 600s over 16 checks",
        }));
        Assert.That(summary.ExpectationsPassed, Is.EqualTo(9));
    }

    [Test]
    public void DroppedAlerts_TheSupervisorNeverHearsOfTheEvent()
    {
        RunSummary summary = Run(Scenario(faults: "faults:\n  alerts: { drop: 1 }\n"));

        Assert.That((summary.Items, summary.Emails, summary.QueueEmpty), Is.EqualTo((0L, 0L, (bool?)true)));
    }

    [Test]
    public void DuplicatedAlerts_CreateNoItemTwice()
    {
        RunSummary clean = Run(Scenario());
        RunSummary duplicated = Run(Scenario(faults: "faults:\n  alerts: { duplicate: 1 }\n"));

        Assert.That((duplicated.Items, MailsFromFile()), Is.EqualTo((clean.Items, CleanMails)));
    }

    [Test]
    public void DelayedAlerts_ShiftEveryItemAndEmailByTheDelay()
    {
        Run(Scenario(faults: "faults:\n  alerts: { delay: 5s }\n"));

        Assert.That(MailsFromFile(), Is.EqualTo(CleanMails.Select(m => Shift(m, 5))));
    }

    [Test]
    public void ACrashAndRestart_LosesNothing_AndADeadlineInTheGapIsReportedAtTheRestart()
    {
        RunSummary summary = Run(Scenario(faults: "faults:\n  crashes:\n    - { at: 100s, restart_after: 60s }\n"));

        // bayestarSkymap was due at +130, while the supervisor was down (100 s to 160 s).
        string[] expected = CleanMails.Select(m => m.StartsWith("+130 ", StringComparison.Ordinal) ? Shift(m, 30) : m).ToArray();
        Assert.That(MailsFromFile(), Is.EqualTo(expected), $"seed={summary.Seed}");
        Assert.That(summary.QueueEmpty, Is.True);
    }

    [Test]
    public void SameSeed_SameDigest_OnBothStores_WithSupervisorAndFaults()
    {
        string faults = "faults:\n  alerts: { duplicate: 0.3, reorder: 0.3, delay: 2s, delay_jitter: 1s }\n  crashes:\n    - { at: 50s, restart_after: 20s }\n";
        Scenario scenario = Scenario(faults: faults, count: 4);

        RunSummary memory = ScenarioRunner.Run(scenario, new RunOptions(3, Path.Combine(_out, "m"), StoreKind.Memory));
        RunSummary disk = ScenarioRunner.Run(scenario, new RunOptions(3, Path.Combine(_out, "d"), StoreKind.Disk));
        RunSummary other = ScenarioRunner.Run(scenario, new RunOptions(4));

        Assert.Multiple(() =>
        {
            Assert.That(disk.Digest, Is.EqualTo(memory.Digest), "seed=3");
            Assert.That(File.ReadAllBytes(Path.Combine(_out, "d", "emails.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(_out, "m", "emails.jsonl"))));
            Assert.That(other.Digest, Is.Not.EqualTo(memory.Digest), "seeds 3 and 4");
            Assert.That(memory.Emails, Is.GreaterThan(4 * 10));
        });
    }

    [Test]
    public void ASupervisorReachingGraceDbOverHttp_DoesWhatItDoesInProcess()
    {
        // Every check reads the event, its logs and its files through the REST API on 127.0.0.1.
        Scenario direct = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "er10-skymap-missing.yaml"));
        Scenario overHttp = direct with { Supervisor = direct.Supervisor! with { OverHttp = true } };

        RunSummary inProcess = ScenarioRunner.Run(direct, new RunOptions(OutputDirectory: Path.Combine(_out, "direct")));
        RunSummary served = ScenarioRunner.Run(overHttp, new RunOptions(OutputDirectory: Path.Combine(_out, "http")));

        Assert.Multiple(() =>
        {
            Assert.That(served.Digest, Is.EqualTo(inProcess.Digest), $"seed={served.Seed}");
            Assert.That(File.ReadAllBytes(Path.Combine(_out, "http", "emails.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(_out, "direct", "emails.jsonl"))));
            Assert.That((served.Checks, served.Emails), Is.EqualTo((inProcess.Checks, inProcess.Emails)));
            Assert.That(served.Expectations.Where(e => !e.Passed), Is.Empty);
        });
    }

    [Test]
    public void AnnotationExpectations_FindTheSupervisorsAnnotations_OnEventsOfAnyGroup()
    {
        // A Test-group event (GraceID T000001) under the ER10 CBC config with annotations switched on.
        string config = Path.Combine(_out, "es-annotate.ini");
        File.WriteAllText(config, File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "supervisor", "ER10-eventSupervisor_CBC.ini")).Replace("annotate = False", "annotate = True", StringComparison.Ordinal));
        string yaml = $$"""
            name: annotated
            start: 2017-08-17T12:41:04Z
            supervisor: { config: {{config}} }
            arrivals: { process: uniform, rate_per_hour: 6, count: 1 }
            events:
              - { name: gstlal, group: Test, pipeline: gstlal, search: LowMass }
            expect:
              annotations:
                - { graceid: T000001, text: "ES: no action required : 0.000e+00 <= FAR=1.000e-09 <= 1.000e-03", within: [0s, 0s], count: 1 }
                - { graceid: T000001, contains: "ES: action required : could not find psd.xml.gz", count: 1 }
                - { contains: "ES: ", count: 13 }        # every check but notify's: 3 at creation, 6 at +10 s, 2 at +30 s, 2 at +600 s
            """;

        RunSummary summary = ScenarioRunner.Run(ScenarioLoader.Parse(yaml, "annotated.yaml"), new RunOptions(OutputDirectory: _out));

        Assert.That(summary.Expectations.Where(e => !e.Passed).Select(e => $"{e.Name}: {e.Actual}"), Is.Empty, $"seed={summary.Seed}");
        Assert.That(summary.Expectations, Has.Count.EqualTo(3));
    }

    private RunSummary Run(Scenario scenario) => ScenarioRunner.Run(scenario, new RunOptions(OutputDirectory: _out));

    private static Scenario Scenario(string expect = "", string faults = "", string labels = "", int count = 1)
    {
        string config = Path.Combine(RepositoryPaths.Scenarios, "supervisor", "ER10-eventSupervisor_CBC.ini");
        string yaml = $"""
            name: supervised
            seed: 5
            start: 2017-08-17T12:41:04Z
            supervisor:
              config: {config}
            arrivals: {"{"} process: uniform, rate_per_hour: 6, count: {count} {"}"}
            events:
              - name: gstlal
                group: CBC
                pipeline: gstlal
                search: LowMass
            {labels}    steps:
                  - {"{"} at: 10, log: "strain spectral densities", file: psd.xml.gz, tags: [psd] {"}"}
                  - {"{"} at: 40, log: "INFO:BAYESTAR:starting sky localization" {"}"}
            {faults}{expect}
            """;
        return ScenarioLoader.Parse(yaml, "supervised.yaml");
    }

    /// <summary>"+seconds subject" of every line of emails.jsonl, seconds after the scenario's start.</summary>
    private string[] MailsFromFile() => File.ReadAllLines(Path.Combine(_out, "emails.jsonl")).Select(line =>
    {
        JsonNode mail = JsonNode.Parse(line)!;
        double seconds = (DateTimeOffset.Parse((string)mail["time"]!, System.Globalization.CultureInfo.InvariantCulture) - new DateTimeOffset(2017, 8, 17, 12, 41, 4, TimeSpan.Zero)).TotalSeconds;
        return $"+{seconds} {(string)mail["subject"]!}";
    }).ToArray();

    private static string Shift(string mail, double seconds)
    {
        int space = mail.IndexOf(' ', StringComparison.Ordinal);
        return $"+{double.Parse(mail[1..space], System.Globalization.CultureInfo.InvariantCulture) + seconds}{mail[space..]}";
    }
}
