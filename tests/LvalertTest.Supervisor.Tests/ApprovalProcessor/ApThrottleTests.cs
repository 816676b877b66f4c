using System.Text.Json.Nodes;
using LvalertTest.Core.Config;
using LvalertTest.Core.Events;
using LvalertTest.Supervisor.ApprovalProcessor;
using LvalertTest.Supervisor.Commands;

namespace LvalertTest.Supervisor.Tests.ApprovalProcessor;

/// <summary>The pipeline throttle: thresholds, the tripping burst, expiry, resetThrottle; and forgetting after a week.</summary>
[TestFixture]
public sealed class ApThrottleTests
{
    private ApHarness _h = null!;

    [SetUp]
    public void SetUp() => _h = new ApHarness();

    [TearDown]
    public void TearDown() => _h.Dispose();

    [TestCase(1e-5, 2)]
    [TestCase(1e-4, 4)]
    [TestCase(2.5e-6, 1)]
    [TestCase(1.6e-3, 17)]
    public void The_threshold_is_the_smallest_N_whose_Poisson_CDF_reaches_conf(double rate, int expected) =>
        Assert.That(new ThrottleSettings(3600, rate, false, 0.9999).Threshold, Is.EqualTo(expected));

    [Test]
    public void The_real_config_gives_each_key_its_own_section_or_the_default()
    {
        Assert.That(_h.Config.ThrottleFor("CBC_MBTAOnline").Threshold, Is.EqualTo(4));
        Assert.That(_h.Config.ThrottleFor("Burst_CWB_AllSky").Threshold, Is.EqualTo(1));
        Assert.That(_h.Config.ThrottleFor("CBC_gstlal_LowMass").Threshold, Is.EqualTo(2));
    }

    [Test]
    public void The_fourth_event_with_three_distinct_gpstimes_throttles_all_four_and_retracts_the_announced()
    {
        double[] gps = [1187001000, 1187001001, 1187001500, 1187002000];
        var ids = new List<GraceId>();
        for (int i = 0; i < gps.Length; i++)
        {
            _h.RunUntil(60 * i);
            ids.Add(_h.CreateEvent(gps: gps[i]));
        }

        _h.RunUntil(200);
        Assert.That(ids.Select(id => _h.Labels(id).Single(l => l.EndsWith("EM_Throttled", StringComparison.Ordinal))), Is.EqualTo(Enumerable.Repeat("+180 EM_Throttled", 4)));
        for (int i = 0; i < 3; i++)
        {
            Assert.That(_h.VoEvents(ids[i]).Select(v => v.Split(' ')[0] + " " + v.Split(' ')[1]), Is.EqualTo(new[] { $"+{(60 * i) + 10} Preliminary", "+180 Retraction" }));
        }

        Assert.That(_h.VoEvents(ids[3]), Is.Empty, "the tripping event is never checked");
        Assert.That(ids.Select(id => _h.ProcessType.Record(id.ToString())!.State), Is.All.EqualTo(ApStates.Throttled));
    }

    [Test]
    public void While_on_every_new_event_is_throttled_and_resetThrottle_starts_afresh()
    {
        for (int i = 0; i < 4; i++)
        {
            _h.CreateEvent(gps: 1187001000 + (100 * i));
        }

        _h.RunUntil(20);
        GraceId fifth = _h.CreateEvent(gps: 1187002000);
        Assert.That(_h.Labels(fifth), Is.EqualTo(new[] { "+20 EM_Throttled" }));

        _h.Engine.Receive("approval_processorMPcommands", LvalertCommand.Create("resetThrottle", [new("group", "CBC"), new("pipeline", "gstlal")]).ToJson());
        Assert.That(_h.ProcessType.Throttle("CBC_gstlal"), Is.Null);
        GraceId sixth = _h.CreateEvent(gps: 1187003000);
        _h.RunUntil(40);
        Assert.That(_h.Labels(sixth).Select(l => l.Split(' ')[1]), Does.Not.Contain("EM_Throttled"));
        Assert.That(_h.VoEvents(sixth), Has.Count.EqualTo(1));
        Assert.That(_h.ProcessType.Throttle("CBC_gstlal")!.Events.Select(e => e.GraceId), Is.EqualTo(new[] { sixth.ToString() }));
    }

    [Test]
    public void resetThrottle_for_an_unknown_key_says_so_in_the_log()
    {
        _h.Engine.Receive("approval_processorMPcommands", LvalertCommand.Create("resetThrottle", [new("group", "Burst"), new("pipeline", "CWB"), new("search", "AllSky")]).ToJson());
        Assert.That(_h.Log.Lines.Select(l => $"{l.GraceId}: {l.Message}"), Does.Contain("Burst_CWB_AllSky: Did not find PipelineThrottle QueueItem in QueueByGraceid"));
    }

    [Test]
    public void Events_leave_the_window_after_throttleWin_and_the_throttle_item_ends()
    {
        _h.CreateEvent(gps: 1187001000);
        _h.RunUntil(3599);
        Assert.That(_h.ProcessType.Throttle("CBC_gstlal")!.Events, Has.Count.EqualTo(1));
        _h.RunUntil(3600);
        Assert.That(_h.ProcessType.Throttle("CBC_gstlal"), Is.Null);
        Assert.That(_h.Engine.Queue.ItemsFor("CBC_gstlal"), Is.Empty);
    }

    [Test]
    public void An_event_is_forgotten_a_week_after_its_last_alert()
    {
        GraceId id = _h.CreateEvent();
        _h.RunUntil(100);
        _h.Skymap(id);
        _h.RunUntil(100 + 604799);
        Assert.That(_h.ProcessType.Record(id.ToString()), Is.Not.Null);
        _h.RunUntil(100 + 604800);
        Assert.That(_h.ProcessType.Record(id.ToString()), Is.Null);
        Assert.That(_h.Engine.Queue.ItemsFor(id.ToString()), Is.Empty);
    }

    [Test]
    public void State_survives_a_checkpoint_round_trip()
    {
        GraceId id = _h.CreateEvent();
        _h.RunUntil(20);
        JsonNode saved = _h.ProcessType.SaveState()!;
        using var other = new ApHarness();
        other.ProcessType.RestoreState(JsonNode.Parse(saved.ToJsonString()));
        Assert.That(other.ProcessType.SaveState()!.ToJsonString(), Is.EqualTo(saved.ToJsonString()));
        Assert.That(other.ProcessType.Record(id.ToString())!.State, Is.EqualTo(ApStates.PreliminaryToInitial));
        Assert.That(other.ProcessType.Throttle("CBC_gstlal")!.Events.Single().GraceId, Is.EqualTo(id.ToString()));
    }

    [TestCase("conf = 0.9999", "conf = 1", "[default_PipelineThrottle] conf: 1 must be between 0 and 1 (exclusive)")]
    [TestCase("forgetmenow_timeout = 604800", "forgetmenow_timeout = soon", "[general] forgetmenow_timeout: 'soon' is not a number")]
    [TestCase("default_farthresh = 1.9e-07", "", "[farCheck] has no option 'default_farthresh'")]
    public void A_broken_config_is_a_one_line_error_naming_the_option(string from, string to, string expected)
    {
        string text = File.ReadAllText(ApHarness.ChildConfig);
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0));
        string broken = text[..at] + to + text[(at + from.Length)..];
        var error = Assert.Throws<IniFormatException>(() => _ = new ApConfig(IniDocument.Parse(broken, "child.ini")));
        Assert.That(error!.Message, Is.EqualTo("child.ini: " + expected));
    }
}
