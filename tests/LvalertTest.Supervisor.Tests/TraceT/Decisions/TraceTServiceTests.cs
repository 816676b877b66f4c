using System.Text.Json.Nodes;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.TraceT;
using LvalertTest.Supervisor.TraceT.Decisions;
using LvalertTest.Supervisor.TraceT.Notices;
using LvalertTest.Supervisor.TraceT.Telescopes;

namespace LvalertTest.Supervisor.Tests.TraceT.Decisions;

/// <summary>TraceT's decision cases (its Django tests, telescope APIs replaced by the fake service), in virtual time.</summary>
public sealed class TraceTServiceTests
{
    private SimulationKernel _kernel = null!;
    private FakeTelescopeService _telescopes = null!;
    private RecordedOutbox _outbox = null!;

    [SetUp]
    public void SetUp()
    {
        _kernel = new SimulationKernel(new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero));
        _telescopes = new FakeTelescopeService();
        _outbox = new RecordedOutbox();
    }

    [Test]
    public void Two_Fermi_notices_of_one_burst_form_one_group_that_MWA_and_ATCA_both_observe_once()
    {
        TraceTService service = Service("mwa_grb_proposal_settings.yaml", "atca_grb_proposal_settings.yaml");

        Feed(service, "group_01_01_Fermi.xml", "group_01_02_Fermi.xml");

        EventGroup group = service.Groups.Single();
        Assert.Multiple(() =>
        {
            Assert.That((group.TrigId, group.Notices.Count, group.Telescopes), Is.EqualTo(("533367528", 2, "Fermi")));
            Assert.That(group.LatestObserved - group.EarliestObserved, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(Codes(service, "533367528"), Is.EqualTo(new[] { "TEST:T", "TEST_ATCA:T" }));
            Assert.That(service.Observations.Select(o => o.Telescope), Is.EqualTo(new[] { "MWA_VCS", "ATCA" }));
        });
    }

    [Test]
    public void A_refused_ATCA_request_is_an_error_with_no_observation()
    {
        _telescopes.Answer("ATCA", Yaml("atca_test_api_response.yaml"));
        TraceTService service = Service("atca_grb_proposal_settings.yaml");

        Feed(service, "group_01_01_Fermi.xml");

        ProposalDecision atca = service.DecisionsFor("533367528").Single();
        Assert.That((atca.Code, atca.ReasonLog[^1][28..], service.Observations.Count), Is.EqualTo((DecisionCode.Error, "Event ID 1: ATCA refused the observation: Detected an expired token: Signature has expired..", 0)));
    }

    [Test]
    public void An_MWA_service_that_does_not_answer_is_an_error_with_no_observation()
    {
        _telescopes.Down("MWA");
        TraceTService service = Service("mwa_grb_proposal_settings.yaml");

        Feed(service, "Fermi_GRB.xml");

        Assert.That((Codes(service, "533367528").Single(), service.Observations.Count, _telescopes.Requests.Count), Is.EqualTo(("TEST:E", 0, 1)));
    }

    [Test]
    public void The_MWA_answer_recorded_in_the_fixture_is_accepted()
    {
        _telescopes.Answer("MWA", Yaml("trigger_mwa_test.yaml"));
        TraceTService service = Service("mwa_grb_proposal_settings.yaml");

        Feed(service, "Fermi_GRB.xml");

        Observation observation = service.Observations.Single();
        Assert.That((observation.TriggerId, observation.WebsiteLink), Is.EqualTo((1234L, "http://ws.mwatelescope.org/observation/obs/?obsid=21321321")));
    }

    [Test]
    public void ATCA_ignores_a_burst_outside_its_declination_windows()
    {
        TraceTService service = Service("atca_grb_proposal_settings.yaml");
        ParsedNotice north = TraceTFixtures.Notice("group_01_01_Fermi.xml", Arrival("group_01_01_Fermi.xml")) with { Dec = 20 };

        service.Receive(north);

        ProposalDecision atca = service.DecisionsFor("533367528").Single();
        Assert.That((atca.Code, atca.ReasonLog[^1][28..]), Is.EqualTo((DecisionCode.Ignored, "Event ID 1: The Events declination (20) is outside limit 1 (-90 < dec < -10) or limit 2 (-5 < dec < 5).")));
    }

    [Test]
    public void A_short_GRB_proposal_ignores_a_half_second_burst()
    {
        TraceTService service = Service("mwa_short_grb_proposal_settings.yaml");

        Feed(service, "Fermi_GRB.xml");

        Assert.That(Codes(service, "533367528"), Is.EqualTo(new[] { "TEST:I" }));
    }

    [Test]
    public void A_flare_star_proposal_triggers_on_HD_8357()
    {
        TraceTService service = Service("mwa_fs_proposal_settings.yaml");

        Feed(service, "HD_8537_FLARE_STAR_TEST.xml");

        Assert.That(service.DecisionsFor("809217").Single().ReasonLog.Select(l => l[28..]), Does.Contain("Event ID 1: Triggering on Flare Star HD 8357."));
    }

    [Test]
    public void HESS_with_any_duration_triggers_MWA_while_ATCA_ignores_it()
    {
        TraceTService service = Service("mwa_hess_proposal_settings.yaml", "atca_grb_proposal_settings.yaml");
        WaitUntilMwaSees(320.7943, -0.2232, from: Arrival("HESS_test_event.xml"));

        Feed(service, "HESS_test_event.xml");

        Assert.That(Codes(service, "1102329"), Is.EqualTo(new[] { "HESS_TEST:T", "TEST_ATCA:I" }));
    }

    [Test]
    public void A_pointing_update_beyond_the_repointing_limit_observes_again_and_one_within_it_does_not()
    {
        TraceTService service = Service("mwa_grb_proposal_settings.yaml");
        WaitUntilMwaSees(165.6167, -15.4167, from: Arrival("Fermi_GRB_pnt0.xml"));

        Feed(service, "Fermi_GRB_pnt0.xml", "Fermi_GRB_pnt1.xml", "Fermi_GRB_pnt2.xml");

        ProposalDecision mwa = service.DecisionsFor("533367528").Single();
        Assert.Multiple(() =>
        {
            Assert.That(service.Observations.Select(o => o.NoticeId).ToArray(), Is.EqualTo(new[] { 1, 3 }));
            Assert.That(mwa.ReasonLog.Select(l => l[28..]), Has.Some.StartsWith("Event ID 2: Separation (").And.Some.StartsWith("Event ID 3: Repointing because seperation ("));
            Assert.That((mwa.Code, mwa.Dec), Is.EqualTo((DecisionCode.Triggered, (double?)-15.4167)));
        });
    }

    [Test]
    public void An_LVC_preliminary_triggers_and_its_retraction_cancels()
    {
        TraceTService service = Service("mwa_early_lvc_mwa_proposal_settings.yaml");

        Feed(service, "LVC_real_preliminary.xml");
        DecisionCode afterPreliminary = service.DecisionsFor("S230518h").Single().Code;
        service.Receive(TraceTFixtures.Notice("LVC_real_retraction.xml", _kernel.Now));

        Assert.That((afterPreliminary, service.DecisionsFor("S230518h").Single().Code, service.Observations.Count), Is.EqualTo((DecisionCode.Triggered, DecisionCode.Canceled, 1)));
    }

    [TestCase("mwa_early_lvc_mwa_proposal_settings.yaml", "EARLY_LVC_MWA:I")]
    [TestCase("mwa_early_lvc_mwa_proposal_settings_real_only.yaml", "EARLY_LVC_MWA:I")]
    [TestCase("mwa_early_lvc_mwa_proposal_settings_both.yaml", "EARLY_LVC_MWA:T")]
    public void Test_notices_trigger_only_proposals_set_to_BOTH(string proposal, string expected)
    {
        TraceTService service = Service(proposal);
        string packet = TraceTFixtures.PacketText("LVC_real_preliminary.xml").Replace("role=\"observation\"", "role=\"test\"", StringComparison.Ordinal);

        service.Receive(NoticeReader.Parse(packet, _kernel.Now, "test preliminary"));

        Assert.That(Codes(service, "S230518h"), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Ignored_notices_join_their_group_but_create_no_decision()
    {
        TraceTService service = Service("mwa_grb_proposal_settings.yaml");

        NoticeOutcome outcome = Feed(service, "SWIFT_Lost_starlock.xml").Single();

        Assert.That((outcome.Ignored, service.Groups.Single().Ignored, service.DecisionsFor(outcome.TrigId).Count), Is.EqualTo((true, true, 0)));
    }

    [Test]
    public void Packets_TraceT_does_not_work_with_are_handled_without_an_observation()
    {
        TraceTService service = Service("mwa_grb_proposal_settings.yaml");
        string[] packets = Directory.EnumerateFiles(Path.Combine(TraceTFixtures.EventsDirectory, "do_not_work")).Order(StringComparer.Ordinal).ToArray();

        foreach (string packet in packets)
        {
            ParsedNotice notice = NoticeReader.Parse(File.ReadAllText(packet), _kernel.Now, packet);
            service.Receive(notice);
        }

        Assert.That((service.NoticeCount, service.Observations.Count, service.Groups.SelectMany(g => service.DecisionsFor(g.TrigId)).Count(d => d.Code == DecisionCode.Triggered)), Is.EqualTo((packets.Length, 0, 0)));
    }

    [Test]
    public void Decisions_worth_a_look_mail_the_recipients()
    {
        _telescopes.Down("MWA");
        var service = new TraceTService(TraceTFixtures.Proposals("mwa_grb_proposal_settings.yaml"), _telescopes, _kernel.Clock, new UserAlerts(_outbox, ["oncall@example.org"]));

        Feed(service, "Fermi_GRB.xml");

        Assert.That(_outbox.Sent.Select(e => e.Subject), Is.EqualTo(new[] { "TraceT TEST: MWA_VCS INFO on Fermi GRB" }));
    }

    private TraceTService Service(params string[] proposals) => new(TraceTFixtures.Proposals(proposals), _telescopes, _kernel.Clock);

    private List<NoticeOutcome> Feed(TraceTService service, params string[] packets)
    {
        var outcomes = new List<NoticeOutcome>();
        foreach (string packet in packets)
        {
            DateTimeOffset at = Arrival(packet);
            if (at > _kernel.Now)
            {
                _kernel.Clock.AdvanceTo(at);
            }

            outcomes.Add(service.Receive(TraceTFixtures.Notice(packet, _kernel.Now)));
        }

        return outcomes;
    }

    // The packets' own times can find the source below MWA's horizon; TraceT decides when the notice arrives.
    private void WaitUntilMwaSees(double ra, double dec, DateTimeOffset from)
    {
        DateTimeOffset at = from;
        while (AltitudeCalculator.Altitude("MWA_VCS", ra, dec, at) < 45)
        {
            at += TimeSpan.FromMinutes(10);
        }

        _kernel.Clock.AdvanceTo(at);
    }

    private static DateTimeOffset Arrival(string packet) => TraceTFixtures.ArrivalOf(packet);

    private static string[] Codes(TraceTService service, string trigId) =>
        service.DecisionsFor(trigId).Select(d => $"{d.Proposal.Key}:{d.Code.Letter()}").ToArray();

    private static JsonObject Yaml(string file) =>
        (JsonObject)YamlJson.Load(File.ReadAllText(RepositoryPaths.Fixture("tracet", "proposal_settings", file)), file, m => new AssertionException(m))!;
}
