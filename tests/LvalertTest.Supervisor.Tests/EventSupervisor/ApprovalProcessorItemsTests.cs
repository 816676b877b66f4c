using LvalertTest.Core.Events;

namespace LvalertTest.Supervisor.Tests.EventSupervisor;

/// <summary>basic/approvalProcessor.py's FAR check, enabled in memory on the Tests config (far dt = 15 s).</summary>
public class ApprovalProcessorItemsTests
{
    private EsHarness _es = null!;

    [SetUp]
    public void Start() => _es = EsHarness.WithMail(t => t + "\n[approval processor prelim dq]\nfar dt = 15\nemail = REDACTED@example.org\n");

    [TearDown]
    public void Stop() => _es.Dispose();

    [Test]
    public void The_FAR_verdict_completes_the_check_early_and_its_absence_requires_attention()
    {
        GraceId vetted = _es.CreateEvent();
        GraceId silent = _es.CreateEvent(gps: 1187009000);
        _es.RunFor(10);
        _es.WriteLog(vetted, "AP: Candidate event has low enough FAR. 1e-08 < 1.9e-07", tags: "em_follow");
        _es.RunFor(10);

        Assert.That(_es.Checks().Where(c => c.Contains("approvalProcessorFARCheck", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "+10 approval processor prelim dq.approvalProcessorFARCheck ok: no action required",
            "+15 approval processor prelim dq.approvalProcessorFARCheck action required: action required: could not find ApprovalProcessor FAR check message",
        }));
        Assert.That(_es.Mails(), Does.Contain($"+15 {silent}: approvalProcessorFARCheck requires attention"));
    }

    [Test]
    public void A_throttled_or_single_detector_event_is_not_a_false_alarm()
    {
        GraceId throttled = _es.CreateEvent();
        GraceId single = _es.CreateEvent(instruments: "H1", gps: 1187009000);
        _es.Db.AddLabel(throttled, "EM_Throttled");
        _es.WriteLog(single, "AP: Candidate event rejected due to single ifo OR V1 in two-ifo coinc");
        _es.RunFor(20);
        Assert.That(_es.Checks().Where(c => c.Contains("approvalProcessorFARCheck", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "+0 approval processor prelim dq.approvalProcessorFARCheck ok: no action required",
            "+15 approval processor prelim dq.approvalProcessorFARCheck ok: no action required: the event is throttled",
        }));
    }
}
