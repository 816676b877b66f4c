using LvalertTest.Supervisor.TraceT.Decisions;
using LvalertTest.Supervisor.TraceT.Notices;
using LvalertTest.Supervisor.TraceT.Proposals;

namespace LvalertTest.Supervisor.Tests.TraceT.Decisions;

/// <summary>TraceT's own trigger-logic cases (tests/test_trigger_logic.py), with that test's default thresholds.</summary>
public sealed class SourceRulesTests
{
    private static readonly DateTimeOffset Now = new(2023, 5, 24, 21, 0, 0, TimeSpan.Zero);

    // worth_observing_grb's own defaults, which TraceT's tests rely on (not the model's).
    private static readonly ProposalSettings LogicDefaults = new()
    {
        Key = "T", ProposalId = "T", Telescope = "MWA_VCS", SourceType = "GRB",
        EventMaxDuration = 1.023, PendingMinDuration1 = 0.124, PendingMaxDuration1 = 0.255, PendingMinDuration2 = 1.024, PendingMaxDuration2 = 2.048,
        MaximumPositionUncertainty = null,
    };

    [Test]
    public void A_short_Fermi_GRB_triggers()
    {
        Verdict v = GrbRules.WorthObserving(TraceTFixtures.Notice("Fermi_GRB.xml", Now), LogicDefaults, dec: null);

        Assert.That((v.Trigger, v.Debug, v.Pending, v.Reasons), Is.EqualTo((true, false, false, new[] { "Fermi GRB probability greater than 50.", "Event duration between 0.256 and 1.023 s so triggering." })));
    }

    [Test]
    public void A_long_Swift_GRB_does_not_trigger()
    {
        Verdict v = GrbRules.WorthObserving(TraceTFixtures.Notice("SWIFT00.xml", Now), LogicDefaults, dec: null);

        Assert.That((v.Trigger, v.Debug, v.Pending, v.Reasons), Is.EqualTo((false, true, false, new[] { "SWIFT rate significance (13.74) >= swift_min_rate (0.000) sigma.", "Event duration outside of all time ranges so not triggering." })));
    }

    [Test]
    public void A_Swift_GRB_in_a_pending_window_waits_for_a_human()
    {
        ParsedNotice swift = TraceTFixtures.Notice("SWIFT00.xml", Now) with { Duration = 0.222 };

        Verdict v = GrbRules.WorthObserving(swift, LogicDefaults, dec: null);

        Assert.That((v.Trigger, v.Pending, v.Reasons[^1]), Is.EqualTo((false, true, "Event duration between 0.124 and 0.255 s so waiting for a human's decision.")));
    }

    [Test]
    public void An_Antares_neutrino_of_ranking_1_triggers()
    {
        Verdict v = NeutrinoRules.WorthObserving(TraceTFixtures.Notice("Antares_1438351269.xml", Now), LogicDefaults);

        Assert.That((v.Trigger, v.Reasons.Single()), Is.EqualTo((true, "The Antares ranking (1) is less than or equal to 2 so triggering.")));
    }

    [Test]
    public void An_IceCube_neutrino_triggers()
    {
        Verdict v = NeutrinoRules.WorthObserving(TraceTFixtures.Notice("IceCube_134191_017593623_0.xml", Now), LogicDefaults);

        Assert.That((v.Trigger, v.Reasons.Single()), Is.EqualTo((true, "No thresholds for non Antares telescopes so triggering.")));
    }

    [TestCase(1, true)]
    [TestCase(4, false)]
    public void An_LVC_early_warning_triggers_only_while_recent(int hoursOld, bool triggers)
    {
        ParsedNotice warning = TraceTFixtures.Notice("LVC_real_early_warning.xml", Now) with { EventObserved = Now.AddHours(-hoursOld) };

        Verdict v = GwRules.WorthObserving(warning, LogicDefaults with { SourceType = "GW" }, Now);

        Assert.That((v.Trigger, v.Debug), Is.EqualTo((triggers, !triggers)));
    }

    [Test]
    public void An_early_warning_seen_by_one_detector_does_not_trigger()
    {
        ParsedNotice single = TraceTFixtures.Notice("LVC_real_early_warning_single_instrument.xml", Now);

        Verdict v = GwRules.WorthObserving(single, LogicDefaults with { SourceType = "GW" }, single.EventObserved!.Value.AddMinutes(1));

        Assert.That((single.LvcInstruments, v.Trigger, v.Reasons.Single()), Is.EqualTo(("H1", false, "The event has only H1 so not triggering.")));
    }

    [Test]
    public void A_GW_candidate_above_the_FAR_limit_does_not_trigger()
    {
        ParsedNotice preliminary = TraceTFixtures.Notice("LVC_real_preliminary.xml", Now) with { LvcFalseAlarmRate = "2e-5" };

        Verdict v = GwRules.WorthObserving(preliminary, LogicDefaults with { SourceType = "GW" }, preliminary.EventObserved!.Value.AddMinutes(1));

        Assert.That((v.Trigger, v.Reasons.Single()), Is.EqualTo((false, "The FAR is 2e-5 which is greater than 1.00e-8 so not triggering.")));
    }
}
