using System.Globalization;
using System.Text.Json.Nodes;
using LvalertTest.Supervisor.TraceT;
using LvalertTest.Supervisor.TraceT.Notices;

namespace LvalertTest.Supervisor.Tests.TraceT.Notices;

/// <summary>Every packet with a .yaml of the same name beside it parses to the fields that file records.</summary>
public sealed class ExpectedParsesTests
{
    public static IEnumerable<string> PacketsWithExpectations() =>
        Directory.EnumerateFiles(TraceTFixtures.EventsDirectory, "*.yaml")
            .Where(y => File.Exists(Path.ChangeExtension(y, ".xml")))
            .Select(y => Path.GetFileName(Path.ChangeExtension(y, ".xml")))
            .Order(StringComparer.Ordinal);

    [Test]
    public void There_are_packets_with_expectations() =>
        Assert.That(PacketsWithExpectations().Count(), Is.GreaterThanOrEqualTo(15));

    [TestCaseSource(nameof(PacketsWithExpectations))]
    public void Packet_parses_as_TraceT_expects(string packet)
    {
        var expected = (JsonObject)YamlJson.Load(File.ReadAllText(Path.Combine(TraceTFixtures.EventsDirectory, Path.ChangeExtension(packet, ".yaml"))), packet, m => new AssertionException(m))!;
        ParsedNotice n = TraceTFixtures.Notice(packet, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Multiple(() =>
        {
            Same("telescope", n.Telescope);
            Same("event_type", n.EventType);
            Same("trig_id", n.TrigId);
            Same("self_generated_trig_id", n.SelfGeneratedTrigId);
            Same("sequence_num", n.SequenceNum);
            Same("role", n.Role);
            Same("ignore", n.Ignored);
            Same("ra", n.Ra);
            Same("dec", n.Dec);
            Same("err", n.PosError);
            Same("ra_hms", n.RaHms);
            Same("dec_dms", n.DecDms);
            Same("event_duration", n.Duration);
            Same("source_type", n.SourceType);
            Same("source_name", n.SourceName);
            Same("grb_ident", n.GrbIdent);
            Same("fermi_most_likely_index", n.FermiMostLikelyIndex);
            Same("fermi_detection_prob", n.FermiDetectionProb);
            Same("swift_rate_signif", n.SwiftRateSignif);
            Same("antares_ranking", n.AntaresRanking);
            Same("hess_significance", n.HessSignificance);
            Same("lvc_false_alarm_rate", n.LvcFalseAlarmRate);
            Same("lvc_binary_neutron_star_probability", n.LvcBinaryNeutronStarProbability);
            Same("lvc_neutron_star_black_hole_probability", n.LvcNeutronStarBlackHoleProbability);
            Same("lvc_binary_black_hole_probability", n.LvcBinaryBlackHoleProbability);
            Same("lvc_terrestial_probability", n.LvcTerrestrialProbability);
            Same("lvc_includes_neutron_star_probability", n.LvcIncludesNeutronStarProbability);
            Same("lvc_significant", n.LvcSignificant);
            Same("lvc_event_url", n.LvcEventUrl);
            Same("lvc_instruments", n.LvcInstruments);
            Same("lvc_skymap_fits", n.LvcSkymapFits);
            Same("lvc_retraction_message", n.LvcRetractionMessage);
            Same("is_burst", n.IsBurst);
            string? observed = expected["event_observed"]?.ToString();
            Assert.That(n.EventObserved, Is.EqualTo(observed is null ? null : DateTimeOffset.Parse(observed, CultureInfo.InvariantCulture)), "event_observed");
        });

        void Same(string field, object? actual)
        {
            JsonNode? want = expected[field];
            object? wanted = want switch
            {
                null => null,
                JsonValue v when v.TryGetValue(out bool b) => b,
                JsonValue v when v.TryGetValue(out long l) => (double)l,
                JsonValue v when v.TryGetValue(out double d) => d,
                _ => want.ToString(),
            };
            object? got = actual is int i ? (double)i : actual;
            Assert.That(got, Is.EqualTo(wanted), field);
        }
    }
}
