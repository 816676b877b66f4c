using LvalertTest.Core.Events;
using LvalertTest.Supervisor.ApprovalProcessor;

namespace LvalertTest.Supervisor.Tests.ApprovalProcessor;

/// <summary>A clean CBC event through every state, driven by the fake GraceDb in virtual time.</summary>
[TestFixture]
public sealed class ApLifecycleTests
{
    private ApHarness _h = null!;

    [SetUp]
    public void SetUp() => _h = new ApHarness();

    [TearDown]
    public void TearDown() => _h.Dispose();

    [Test]
    public void A_new_event_is_checked_after_the_injection_wait_and_gets_its_preliminary_and_requests()
    {
        GraceId id = _h.CreateEvent();
        _h.RunFor(9);
        Assert.That(_h.Comments(id), Is.EqualTo(new[] { "+0 AP: Created event dictionary." }));

        _h.RunFor(1);
        Assert.That(_h.Comments(id), Is.EqualTo(new[]
        {
            "+0 AP: Created event dictionary.",
            "+10 AP: Candidate event has low enough FAR. 1e-08 < 1.9e-07",
            "+10 AP: No hardware injection found near event gpstime +/- 2.0 seconds or from Virgo injections statement if V1 is involved.",
            "+10 AP: Passed all new_to_preliminary checks.",
            "+10 AP: Sending preliminary VOEvent.",
            "+10 AP: State: new_to_preliminary --> preliminary_to_initial.",
            "+10 AP: Labeling H1OPS.",
            "+10 AP: Labeling L1OPS.",
            "+10 AP: Labeling ADVREQ.",
        }));
        Assert.That(_h.Labels(id), Is.EqualTo(new[] { "+10 H1OPS", "+10 L1OPS", "+10 ADVREQ" }));
        Assert.That(_h.VoEvents(id), Is.EqualTo(new[] { "+10 Preliminary internal=True inj=False skymap=- type=-" }));
        Assert.That(_h.Mails(), Is.EqualTo(new[] { "+10 REDACTED@example.org | " + id + " passed criteria for follow-up" }));
        Assert.That(_h.Outbox.Sent[0].Body, Does.StartWith("A transient candidate passed the follow-up criteria."));
        Assert.That(_h.ProcessType.Record(id.ToString())!.State, Is.EqualTo(ApStates.PreliminaryToInitial));
    }

    [Test]
    public void Sky_maps_and_sign_offs_lead_to_EM_READY_the_initial_then_PE_READY_and_the_update()
    {
        GraceId id = _h.CreateEvent();
        _h.RunUntil(50);
        _h.Skymap(id);
        _h.RunUntil(60);
        _h.Operator(id, "H1");
        _h.Operator(id, "L1");
        _h.RunUntil(70);
        Assert.That(_h.Labels(id), Does.Not.Contain("+70 EM_READY"), "no EM_READY before the advocate answers");
        _h.Advocate(id);
        _h.RunUntil(100);
        _h.Skymap(id, "LALInference.fits.gz");
        _h.RunUntil(110);

        Assert.That(_h.Comments(id).Skip(9), Is.EqualTo(new[]
        {
            "+60 AP: Candidate event passed operator signoff check.",
            "+70 AP: Candidate event passed advocate signoff check.",
            "+70 AP: Passed all preliminary_to_initial checks.",
            "+70 AP: Labeling EM_READY.",
            "+70 AP: Received EM_READY label. Sending initial VOEvent.",
            "+70 AP: State: preliminary_to_initial --> initial_to_update.",
            "+100 AP: Passed all initial_to_update checks.",
            "+100 AP: Labeling PE_READY.",
            "+100 AP: Received PE_READY label. Sending update VOEvent.",
            "+100 AP: State: initial_to_update --> complete.",
        }));
        Assert.That(_h.VoEvents(id), Is.EqualTo(new[]
        {
            "+10 Preliminary internal=True inj=False skymap=- type=-",
            "+50 Preliminary internal=True inj=False skymap=bayestar.fits.gz type=bayestar-CBC",
            "+70 Initial internal=True inj=False skymap=bayestar.fits.gz type=bayestar-CBC",
            "+100 Update internal=True inj=False skymap=LALInference.fits.gz type=LALInference-CBC",
        }));
        Assert.That(_h.Labels(id).Where(l => l.EndsWith("_READY", StringComparison.Ordinal)), Is.EqualTo(new[] { "+70 EM_READY", "+100 PE_READY" }));
        Assert.That(_h.ProcessType.Record(id.ToString())!.State, Is.EqualTo(ApStates.Complete));
    }

    [Test]
    public void The_igwn_alert_dialect_drives_the_same_life()
    {
        List<string> Life(ApHarness h)
        {
            GraceId id = h.CreateEvent();
            h.RunUntil(20);
            h.Skymap(id);
            h.Operator(id, "H1");
            h.Operator(id, "L1");
            h.Advocate(id);
            h.RunUntil(30);
            return [.. h.Comments(id), .. h.VoEvents(id), .. h.Labels(id)];
        }

        using var igwn = new ApHarness(dialect: LvalertTest.Core.Alerts.AlertDialect.Igwn);
        List<string> legacy = Life(_h);
        Assert.That(legacy, Does.Contain("+20 AP: Labeling EM_READY."));
        Assert.That(Life(igwn), Is.EqualTo(legacy));
    }

    [Test]
    public void Without_forced_internal_preliminaries_of_listed_pipelines_stay_internal_and_the_initial_is_public()
    {
        _h.Dispose();
        _h = new ApHarness(t => t.Replace("force_all_internal = yes", "force_all_internal = no", StringComparison.Ordinal));
        GraceId id = _h.CreateEvent();
        _h.RunUntil(20);
        _h.Skymap(id);
        _h.Operator(id, "H1");
        _h.Operator(id, "L1");
        _h.Advocate(id);
        _h.RunUntil(30);

        // The original crashed here with a NameError and never sent the preliminary (B1).
        Assert.That(_h.VoEvents(id).Select(v => v.Split(' ')[1] + " " + v.Split(' ')[2]), Is.EqualTo(new[]
        {
            "Preliminary internal=True", "Preliminary internal=True", "Initial internal=False",
        }));
    }
}
