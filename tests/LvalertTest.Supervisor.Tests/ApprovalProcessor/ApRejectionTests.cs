using System.Text;
using LvalertTest.Core.Events;
using LvalertTest.Simulation.Uploads;
using LvalertTest.Supervisor.ApprovalProcessor;

namespace LvalertTest.Supervisor.Tests.ApprovalProcessor;

/// <summary>The ways an event is stopped: FAR, detectors, injections, iDQ (DQV and a retraction), sign-off NO.</summary>
[TestFixture]
public sealed class ApRejectionTests
{
    private ApHarness _h = null!;

    [SetUp]
    public void SetUp() => _h = new ApHarness();

    [TearDown]
    public void TearDown() => _h.Dispose();

    [Test]
    public void A_large_FAR_is_rejected_in_new_to_preliminary_without_DQV()
    {
        GraceId id = _h.CreateEvent(far: 1e-6);
        _h.RunFor(20);
        Assert.That(_h.Comments(id), Is.EqualTo(new[]
        {
            "+0 AP: Created event dictionary.",
            "+10 AP: Candidate event rejected due to large FAR. 1e-06 >= 1.9e-07",
            "+10 AP: Failed farCheck in currentstate: new_to_preliminary.",
            "+10 AP: State: new_to_preliminary --> rejected.",
        }));
        Assert.That(_h.Labels(id), Is.Empty);
        Assert.That(_h.VoEvents(id), Is.Empty);
    }

    [Test]
    public void A_single_detector_or_a_V1_double_fails_the_ifos_check()
    {
        GraceId single = _h.CreateEvent(instruments: "H1");
        GraceId virgo = _h.CreateEvent(instruments: "H1,V1", gps: 1187009000);
        _h.RunFor(20);
        foreach (GraceId id in new[] { single, virgo })
        {
            Assert.That(_h.Comments(id).Skip(1).Take(2), Is.EqualTo(new[]
            {
                "+10 AP: Candidate event rejected due to single ifo OR V1 in two-ifo coinc",
                "+10 AP: Failed ifosCheck in currentstate: new_to_preliminary.",
            }));
        }
    }

    [Test]
    public void A_hardware_injection_near_the_gpstime_labels_INJ_and_stops_the_event()
    {
        const double gps = 1187008882.4457;
        _h.Db.CreateEvent("Test", "HardwareInjection", null, "coinc.xml", PipelineUploads.For("HardwareInjection", gps + 1.5, 1, "H1,L1"));
        GraceId id = _h.CreateEvent(gps: gps);
        _h.RunFor(20);
        Assert.That(_h.Comments(id).Skip(2), Is.EqualTo(new[]
        {
            "+10 AP: Labeling INJ.",
            "+10 AP: Ignoring new event because we found a hardware injection +/- 2.0 seconds of event gpstime or from Virgo injections statement if V1 is involved.",
            "+10 AP: Failed injectionCheck in currentstate: new_to_preliminary.",
            "+10 AP: State: new_to_preliminary --> rejected.",
        }));
        Assert.That(_h.Labels(id), Is.EqualTo(new[] { "+10 INJ" }));
        Assert.That(_h.VoEvents(id), Is.Empty);
    }

    [Test]
    public void An_INJ_label_applied_during_the_wait_rejects_the_event_before_its_checks()
    {
        GraceId id = _h.CreateEvent();
        _h.RunFor(5);
        _h.Db.AddLabel(id, "INJ");
        _h.RunFor(10);
        Assert.That(_h.Comments(id), Is.EqualTo(new[] { "+0 AP: Created event dictionary." }), "a bad label alert rejects at once; the wait then finds nothing to check");
        Assert.That(_h.ProcessType.Record(id.ToString())!.State, Is.EqualTo(ApStates.Rejected));
        Assert.That(_h.VoEvents(id), Is.Empty);
    }

    [Test]
    public void A_low_iDQ_joint_FAP_on_a_burst_event_labels_DQV_and_retracts_the_preliminary()
    {
        GraceId id = _h.CreateEvent(pipeline: "CWB", group: "Burst");
        _h.RunUntil(30);
        _h.Db.WriteLog(id, "minimum glitch-FAP for ovl at H1 within [1187008872.446, 1187008892.446] is 5.000e-01", "H1_ovl_minFAP.json", Encoding.UTF8.GetBytes("{}"));
        _h.RunUntil(31);
        Assert.That(_h.Labels(id), Has.None.EqualTo("+31 DQV"), "0.5 alone is not below the threshold: wait for L1");
        _h.Db.WriteLog(id, "minimum glitch-FAP for ovl at L1 within [1187008872.446, 1187008892.446] is 4.000e-03", "L1_ovl_minFAP.json", Encoding.UTF8.GetBytes("{}"));
        _h.RunUntil(40);

        Assert.That(_h.Comments(id).SkipWhile(c => !c.StartsWith("+31", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "+31 AP: Finished running iDQ checks. Candidate event rejected due to low iDQ FAP value. 0.002 < 0.01",
            "+31 AP: Failed idq_joint_fapCheck in currentstate: preliminary_to_initial.",
            "+31 AP: State: preliminary_to_initial --> rejected.",
            "+31 AP: Labeling DQV.",
        }));
        Assert.That(_h.Labels(id), Does.Contain("+31 DQV"));
        Assert.That(_h.VoEvents(id), Is.EqualTo(new[]
        {
            "+10 Preliminary internal=True inj=False skymap=- type=-",
            "+31 Retraction internal=True inj=False skymap=- type=-",
        }));
    }

    [Test]
    public void An_advocate_NO_labels_ADVNO_which_rejects_and_retracts_without_DQV_or_EM_READY()
    {
        GraceId id = _h.CreateEvent();
        _h.RunUntil(20);
        _h.Skymap(id);
        _h.Operator(id, "H1");
        _h.Operator(id, "L1");
        _h.RunUntil(40);
        _h.Advocate(id, SignoffStatus.NO);
        _h.RunUntil(50);

        // The server applies ADVNO with the sign-off; its label alert comes first and rejects the event (a bad label),
        // so the sign-off alert finds a rejected event and runs no checks.
        Assert.That(_h.Comments(id).Last(), Is.EqualTo("+20 AP: Candidate event passed operator signoff check."));
        Assert.That(_h.Labels(id).Select(l => l.Split(' ')[1]), Does.Contain("ADVNO").And.Not.Contains("DQV").And.Not.Contains("EM_READY"));
        Assert.That(_h.VoEvents(id), Is.EqualTo(new[]
        {
            "+10 Preliminary internal=True inj=False skymap=- type=-",
            "+20 Preliminary internal=True inj=False skymap=bayestar.fits.gz type=bayestar-CBC",
            "+40 Retraction internal=True inj=False skymap=- type=-",
        }));
        Assert.That(_h.ProcessType.Record(id.ToString())!.State, Is.EqualTo(ApStates.Rejected));
    }

    [Test]
    public void An_operator_NO_rejects_and_retracts_once()
    {
        GraceId id = _h.CreateEvent();
        _h.RunUntil(20);
        _h.Operator(id, "H1", SignoffStatus.NO);
        _h.RunUntil(30);
        _h.Db.AddLabel(id, "DQV");
        _h.RunUntil(40);
        Assert.That(_h.VoEvents(id), Is.EqualTo(new[]
        {
            "+10 Preliminary internal=True inj=False skymap=- type=-",
            "+20 Retraction internal=True inj=False skymap=- type=-",
        }), "a second bad label sends no second retraction");
        Assert.That(_h.ProcessType.Record(id.ToString())!.State, Is.EqualTo(ApStates.Rejected));
    }
}
