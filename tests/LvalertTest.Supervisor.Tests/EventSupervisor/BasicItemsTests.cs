using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.FakeGraceDb.Faults;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Supervisor.Tests.EventSupervisor;

/// <summary>basic/basic.py, dq/dq.py and notify through the Tests config (every dt 1 s), e-mail switched on.</summary>
public class BasicItemsTests
{
    private static readonly string TestsConfig = EsHarness.TestsConfig;
    private EsHarness _es = null!;

    [SetUp]
    public void Start() => _es = Harness();

    [TearDown]
    public void Stop() => _es.Dispose();

    [Test]
    public void Far_InRange_Succeeds_OutOfRange_RequiresAttention_AtTheDeadline()
    {
        _es.CreateEvent(far: 1e-8);
        _es.CreateEvent(far: 5);
        _es.RunFor(5);

        Assert.That(_es.Checks().Where(c => c.Contains(" far.far ", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "+1 far.far ok: 0.000e+00 <= FAR=1.000e-08 <= 1.000e+00",
            "+1 far.far action required: FAR=5.000e+00 > 1.000e+00",
        }));
        Assert.That(_es.Mails(), Does.Contain("+1 G000001: far succeeded").And.Contain("+1 G000002: far requires attention"));
        var failure = _es.Outbox.Sent.Single(e => e.Subject == "G000002: far requires attention");
        Assert.That(failure.Body, Is.EqualTo("G000002: far requires attention\nhttps://gracedb.ligo.org/events/view/G000002\nevent_supervisor found suspicous behavior when performing check sanity of reported FAR\nwarning : FAR=5.000e+00 > 1.000e+00"));
        Assert.That(failure.To, Is.EqualTo(new[] { "REDACTED@example.org" }));
    }

    [Test]
    public void EventCreation_Cbc_PsdInTime_Succeeds_SmallPsdIsSuspicious()
    {
        GraceId good = _es.CreateEvent();
        _es.WriteLog(good, "strain spectral densities", "psd.xml.gz", new string('p', 400));
        GraceId small = _es.CreateEvent();
        _es.WriteLog(small, "strain spectral densities", "psd.xml.gz", "tiny");
        _es.RunFor(5);

        Assert.That(_es.Checks().Where(c => c.Contains("event creation", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "+0 event creation.cbcPSD ok: found psd.xml.gz while ignoring tagnames and log message",
            "+1 event creation.cbcCoinc ok: found coinc.xml while ignoring tagnames and log message",
            "+1 event creation.cbcCoinc ok: found coinc.xml while ignoring tagnames and log message",
            "+1 event creation.cbcPSD action required: found psd.xml.gz while ignoring tagnames and log message. However, the file's size seems suspiciously small.",
        }), "the good PSD satisfied its check as it arrived; the small one was judged at the deadline");
        Assert.That(_es.Outcomes.First().Early, Is.True);
    }

    [Test]
    public void EventCreation_Cwb_And_Olib_LookForTheirTriggerFiles()
    {
        _es.CreateEvent("CWB", "Burst", fileName: "trigger_1187008882.4457.txt");
        _es.CreateEvent("LIB", "Burst", gps: 1187008882.0, fileName: "1187008882.0-0.json");
        _es.CreateEvent("CWB", "Burst", fileName: "trigger.txt");
        _es.RunFor(5);

        Assert.That(_es.Checks().Where(c => c.Contains("event creation", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "+1 event creation.cWBTrigger ok: found trigger_1187008882.4457.txt while ignoring tagnames and log message",
            "+1 event creation.oLIBTrigger ok: found 1187008882.0-0.json while ignoring tagnames and log message",
            "+1 event creation.cWBTrigger action required: could not find trigger_1187008882.4457.txt",
        }), "the creation upload comes with the new alert, so it is judged at the deadline (dt = 1 s)");
    }

    [Test]
    public void LocalAndCreationRate_CountOtherEventsOfTheSameSearch()
    {
        _es.Dispose();
        _es = Harness(text => text.Replace("max rate = 2.0", "max rate = 0.05", StringComparison.Ordinal));
        _es.CreateEvent(gps: 1187008882.4);
        _es.CreateEvent(gps: 1187008884.1);
        _es.CreateEvent("pycbc", gps: 1187008884.1);
        _es.RunFor(5);

        Assert.That(_es.Checks().Where(c => c.Contains("rate", StringComparison.Ordinal)).Take(2), Is.EqualTo(new[]
        {
            "+1 local rate.localRate action required: found 1 events within (-5.000, +5.000) of 1187008882.400",
            "+1 creation rate.createRate action required: found 1 events within (-5.000, +5.000) of 2017-08-17 12:41:04",
        }), "the pycbc event is another search and does not count");
    }

    [Test]
    public void ExternalTriggers_LogBeforeTheDeadline_CompletesEarly_MissingLog_Fails()
    {
        GraceId found = _es.CreateEvent();
        _es.RunFor(0.5);
        _es.WriteLog(found, "Coincidence search complete");
        _es.CreateEvent();
        _es.RunFor(5);

        Assert.That(_es.Checks().Where(c => c.Contains("externalTriggers", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "+0.5 external triggers.externalTriggers ok: found a log message containing 'Coincidence search complete'",
            "+1.5 external triggers.externalTriggers action required: could not find a log message containing 'Coincidence search complete'",
        }));
        Assert.That(_es.Mails(), Does.Contain("+0.5 G000001: externalTriggers succeeded").And.Contain("+1.5 G000002: externalTriggers requires attention"));
    }

    [Test]
    public void UnblindInjections_TheStatementMeansNoAction_ItsAbsenceMeansAction()
    {
        GraceId reported = _es.CreateEvent();
        _es.WriteLog(reported, "No unblind injections in window");
        _es.CreateEvent();
        _es.RunFor(5);

        Assert.That(_es.Checks().Where(c => c.Contains("unblindInjections", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "+0 unblind injections.unblindInjections ok: process reported that no unblind injections were found",
            "+1 unblind injections.unblindInjections action required: could not find a statement about unblind injections",
        }));
    }

    [Test]
    public void Notify_MailsTheNewEvent_UnlessItIsAnIgnoredInjection()
    {
        _es.Dispose();
        _es = Harness(text => text.Replace("ignore inj = False", "ignore inj = True", StringComparison.Ordinal));
        _es.CreateEvent();
        GraceId injection = _es.CreateEvent();
        _es.Db.AddLabel(injection, "INJ");
        _es.RunFor(5);

        var notices = _es.Outbox.Sent.Where(e => e.Subject.StartsWith("new GraceDb Event", StringComparison.Ordinal)).ToList();
        Assert.That(notices.Select(e => (e.Subject, e.Body)), Is.EqualTo(new[]
        {
            ("new GraceDb Event: G000001", "group : CBC\npipeline : gstlal\nsearch : None\nhttps://gracedb.ligo.org/events/view/G000001"),
        }));
        Assert.That(_es.Checks(), Does.Contain("+1 notify.notifyByEmail ok: ignoring an injection (INJ label): no notification sent"));
    }

    [Test]
    public void ACheckThatThrows_MailsFailed_AndCountsAsDone()
    {
        _es.Dispose();
        var plan = new FaultPlan([new FaultRule(503, 1.0, [GraceDbOperation.Logs])]);
        _es = Harness(checksSee: db => new FaultInjectingGraceDb(db, plan, new RandomStreams(1).Stream("faults").Generator, TimeProvider.System));
        _es.CreateEvent();
        _es.RunFor(5);

        Assert.That(_es.Mails(), Does.Contain("+1 G000001: lldqReport FAILED"));
        var mail = _es.Outbox.Sent.Single(e => e.Subject == "G000001: lldqReport FAILED");
        Assert.That(mail.Body, Does.StartWith("G000001: lldqReport check FAILED\nhttps://gracedb.ligo.org/events/view/G000001\nevent_supervisor caught an exception when performing check that the low-latency data-quality report was posted\n"));
        Assert.That(_es.Engine.Queue.Count, Is.Zero, "nothing is retried");
    }

    [Test]
    public void Annotate_WritesTheVerdictToTheEvent_TaggedEventSupervisor()
    {
        _es.Dispose();
        _es = Harness(text => text.Replace("annotate = False", "annotate = True", StringComparison.Ordinal));
        GraceId id = _es.CreateEvent(far: 5);
        _es.RunFor(5);

        var annotations = _es.Db.Logs(id).Where(l => l.Comment.StartsWith("ES: ", StringComparison.Ordinal)).ToList();
        Assert.That(annotations.Select(l => l.Comment), Does.Contain("ES: action required : FAR=5.000e+00 > 1.000e+00"));
        Assert.That(annotations.Select(l => l.Comment), Has.None.Contains("notified"), "notify never annotates");
        Assert.That(annotations.Select(l => string.Join(",", l.TagNames)).Distinct(), Is.EqualTo(new[] { "event_supervisor" }));
    }

    [Test]
    public void WarningsOff_SilencesEveryMail()
    {
        _es.Dispose();
        _es = new EsHarness(TestsConfig);
        _es.CreateEvent(far: 5);
        _es.RunFor(5);

        Assert.That(_es.Outbox.Sent, Is.Empty);
        Assert.That(_es.Checks(), Does.Contain("+1 far.far action required: FAR=5.000e+00 > 1.000e+00"));
    }

    [Test]
    public void TheSameAlertOnTwoNodes_CreatesItsItemsOnce()
    {
        _es.CreateEvent();
        int firstCount = _es.Engine.Queue.Count;

        _es.Engine.Receive("cbc_gstlal_lowmass", _es.Alerts[0].Json);

        Assert.That(_es.Engine.Queue.Count, Is.EqualTo(firstCount));
        Assert.That(_es.Log.Lines.Select(l => l.Message), Does.Contain("ignoring a duplicate new alert"));
    }

    [Test]
    public void DuplicateMemory_IsKeptAsFingerprints_AndCheckpointsHoldingAlertTextStillWork()
    {
        _es.CreateEvent();
        string alertText = JsonNode.Parse(_es.Alerts[0].Json)!.ToJsonString();
        var restarted = new Supervisor.EventSupervisor.EventSupervisorProcessType(_es.Context);
        // A checkpoint from before fingerprints: the alert's text itself.
        restarted.RestoreState(new JsonObject { ["G000001"] = new JsonArray(alertText) });
        var queue = new Supervisor.Queue.SortedQueue();

        restarted.Handle((JsonObject)JsonNode.Parse(alertText)!, EsHarness.T0, queue);

        Assert.That(queue.Count, Is.Zero, "the restored memory recognises the alert");
        string saved = restarted.SaveState()!.ToJsonString();
        Assert.That(saved, Does.Match("^\\{\"G000001\":\\[\"[0-9a-f]{64}\"\\]\\}$"), "what is saved is a fingerprint, not kilobytes of alert");
    }

    private static EsHarness Harness(Func<string, string>? edit = null, Func<Core.GraceDb.IGraceDb, Core.GraceDb.IGraceDb>? checksSee = null) =>
        EsHarness.WithMail(edit, checksSee);
}
