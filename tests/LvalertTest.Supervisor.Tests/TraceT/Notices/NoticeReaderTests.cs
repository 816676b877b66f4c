using LvalertTest.Supervisor.TraceT.Notices;

namespace LvalertTest.Supervisor.Tests.TraceT.Notices;

public sealed class NoticeReaderTests
{
    private static readonly DateTimeOffset Now = new(2023, 5, 18, 14, 0, 0, TimeSpan.Zero);

    [TestCase("SWIFT_Lost_starlock.xml", "the SWIFT star tracker lost its lock")]
    [TestCase("SWIFT04.xml", "the SWIFT star tracker lost its lock")]
    [TestCase("SWIFT_Point_Dir_Change.xml", "SWIFT_Point_Dir is not a notice type TraceT triggers on")]
    [TestCase("Fermi00.xml", "Fermi_GBM_Alert is not a notice type TraceT triggers on")]
    [TestCase("LVC_real_burst.xml", "Burst-group GW candidates are not followed up")]
    public void Ignore_rules_mark_the_notice_ignored_with_the_reason(string packet, string reason)
    {
        ParsedNotice notice = TraceTFixtures.Notice(packet, Now);

        Assert.That((notice.Ignored, notice.IgnoreReason), Is.EqualTo((true, reason)));
    }

    [Test]
    public void A_star_tracker_with_its_lock_is_not_ignored() =>
        Assert.That(TraceTFixtures.Notice("SWIFT_not_Lost_starlock.xml", Now).Ignored, Is.False);

    [Test]
    public void Lost_lock_is_appended_to_the_event_type_as_TraceT_does() =>
        Assert.That(TraceTFixtures.Notice("SWIFT_Lost_starlock.xml", Now).EventType, Is.EqualTo("BAT_GRB_Pos SWIFT lost star tracker"));

    [Test]
    public void Antares_alerts_flagged_not_real_are_ignored()
    {
        string packet = TraceTFixtures.PacketText("Antares_1438351269.xml").Replace("dataType='bool' value=\"true\"", "dataType='bool' value=\"false\"", StringComparison.Ordinal);

        ParsedNotice notice = NoticeReader.Parse(packet, Now, "edited Antares");

        Assert.That((notice.Ignored, notice.IgnoreReason), Is.EqualTo((true, "Antares says this is not a real alert")));
    }

    [Test]
    public void A_test_role_notice_is_dated_six_minutes_before_it_arrived()
    {
        string packet = TraceTFixtures.PacketText("Fermi_GRB.xml").Replace("role=\"observation\"", "role=\"test\"", StringComparison.Ordinal);

        ParsedNotice notice = NoticeReader.Parse(packet, Now, "test Fermi");

        Assert.That((notice.Role, notice.EventObserved), Is.EqualTo(("test", (DateTimeOffset?)Now.AddMinutes(-6))));
    }

    [TestCase("MAXI_ATMic.xml", "AT Mic")]
    [TestCase("MAXI_HR1099_stupid_name.xml", "flare from HR1099")]
    public void MAXI_flare_stars_are_recognised_from_their_source_names(string packet, string name)
    {
        ParsedNotice notice = TraceTFixtures.Notice(packet, Now);

        Assert.That((notice.SourceName, notice.SourceType), Is.EqualTo((name, "FS")));
    }

    [Test]
    public void A_Swift_sub_sub_threshold_star_is_not_taken_for_a_flare() =>
        Assert.That(TraceTFixtures.Notice("Swift_CFTUC_sub_sub_threshold.xml", Now).SourceType, Is.Not.EqualTo("FS"));

    [Test]
    public void HESS_takes_its_trigger_id_from_the_Swift_notice_it_follows_up() =>
        Assert.That(TraceTFixtures.Notice("HESS_test_event.xml", Now).TrigId, Is.EqualTo("1102329"));

    [Test]
    public void A_packet_without_any_id_gets_the_same_made_up_id_every_time()
    {
        string packet = TraceTFixtures.PacketText("Antares_1438351269.xml").Replace("name=\"TrigID\"", "name=\"NotAnId\"", StringComparison.Ordinal)
            .Replace("<EventIVORN cite=\"followup\"/>", string.Empty, StringComparison.Ordinal);

        ParsedNotice first = NoticeReader.Parse(packet, Now, "a");
        ParsedNotice second = NoticeReader.Parse(packet, Now, "b");

        Assert.That((first.SelfGeneratedTrigId, first.TrigId.Length, first.TrigId), Is.EqualTo((true, 12, second.TrigId)));
    }

    [Test]
    public void An_LVC_retraction_keeps_its_message_and_no_classification()
    {
        ParsedNotice notice = TraceTFixtures.Notice("LVC_real_retraction.xml", Now);

        Assert.That((notice.IsRetraction, notice.TrigId, notice.LvcBinaryNeutronStarProbability, notice.Ignored), Is.EqualTo((true, "S230518h", (double?)null, false)));
    }

    [Test]
    public void A_malformed_packet_fails_with_one_line_naming_it()
    {
        var e = Assert.Throws<NoticeFormatException>(() => TraceTFixtures.Notice("Swift_unknown_fail.xml", Now));

        Assert.That(e!.Message, Does.StartWith("Swift_unknown_fail.xml: not well-formed XML").And.Not.Contain("\n"));
    }

    [TestCase("", "empty")]
    [TestCase("hello", "neither a VOEvent (XML) nor an igwn JSON notice")]
    [TestCase("<html/>", "root element is <html>, not <VOEvent>")]
    [TestCase("<VOEvent role=\"observation\"/>", "the VOEvent has no ivorn")]
    [TestCase("{\"superevent_id\": \"S1\", \"alert_type\": \"BOGUS\"}", "alert_type 'BOGUS' is not")]
    [TestCase("{\"superevent_id\": \"S1\"", "not valid JSON")]
    public void Bad_packets_fail_with_a_clear_reason(string packet, string reason)
    {
        var e = Assert.Throws<NoticeFormatException>(() => NoticeReader.Parse(packet, Now, "pkt"));

        Assert.That(e!.Message, Does.StartWith("pkt: ").And.Contain(reason));
    }

    [Test]
    public void A_position_outside_the_sky_is_refused()
    {
        string packet = TraceTFixtures.PacketText("Fermi_GRB.xml").Replace("<C2>48.4167</C2>", "<C2>148.4167</C2>", StringComparison.Ordinal);

        Assert.That(() => NoticeReader.Parse(packet, Now, "bad dec"), Throws.TypeOf<NoticeFormatException>().With.Message.Contains("outside the sky"));
    }

    [Test]
    public void An_igwn_JSON_notice_reads_like_the_VOEvent_of_the_same_alert()
    {
        const string json = """
            {"alert_type": "PRELIMINARY", "time_created": "2023-05-18T13:00:00Z", "superevent_id": "S230518h",
             "urls": {"gracedb": "https://gracedb.ligo.org/superevents/S230518h/view/"},
             "event": {"time": "2023-05-18T12:59:08Z", "far": 3.218261352069347e-10, "significant": true, "instruments": ["H1", "L1"],
                       "group": "CBC", "pipeline": "pycbc", "search": "AllSky",
                       "properties": {"HasNS": 1.0, "HasRemnant": 0.0, "HasMassGap": 0.0},
                       "classification": {"BNS": 0.0, "NSBH": 0.8642645059209272, "BBH": 0.036717034905487424, "Terrestrial": 0.09901845917358532}},
             "external_coinc": null}
            """;
        ParsedNotice fromJson = NoticeReader.Parse(json, Now, "json");
        ParsedNotice fromXml = TraceTFixtures.Notice("LVC_real_preliminary.xml", Now);

        Assert.That(
            fromJson with { Ivorn = "", Packet = "", LvcSkymapFits = null },
            Is.EqualTo(fromXml with { Ivorn = "", Packet = "", LvcSkymapFits = null }));
    }
}
