using System.Text.Json.Nodes;
using LvalertTest.Cli.Tests.Support;

namespace LvalertTest.Cli.Tests.Commands;

public sealed class TraceTCommandTests
{
    private static string Proposal(string file) => RepositoryPaths.Fixture("tracet", "proposal_settings", file);

    private static string Packet(string file) => RepositoryPaths.Fixture("tracet", "test_events", file);

    [Test]
    public void Prints_one_JSON_line_per_decision_observation_and_ignored_packet()
    {
        CliRun run = CliRun.Of("tracet", "--proposals", Proposal("mwa_grb_proposal_settings.yaml"), Proposal("atca_grb_proposal_settings.yaml"), Packet("group_01_01_Fermi.xml"), Packet("SWIFT_Lost_starlock.xml"));

        List<JsonObject> lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (JsonObject)JsonNode.Parse(l)!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(lines.Select(l => $"{l["kind"]} {l["proposal"]} {l["decision"]}"), Is.EqualTo(new[] { "decision TEST T", "decision TEST_ATCA T", "observation TEST ", "observation TEST_ATCA ", "ignored  " }));
            Assert.That(lines[0]["reason"]!.ToString(), Does.StartWith("Event ID 1: Beginning event analysis. Event ID 1: Fermi GRB probability greater than 50."));
        });
    }

    [Test]
    public void The_same_packets_print_the_same_lines() =>
        Assert.That(CliRun.Of("tracet", "--proposals", TraceTDirectory(), Packet("Fermi_GRB.xml")).Output, Is.EqualTo(CliRun.Of("tracet", "--proposals", TraceTDirectory(), Packet("Fermi_GRB.xml")).Output).And.Not.Empty);

    [Test]
    public void A_telescope_that_does_not_answer_gives_decision_E()
    {
        CliRun run = CliRun.Of("tracet", "--proposals", Proposal("mwa_grb_proposal_settings.yaml"), Packet("Fermi_GRB.xml"), "--fail-telescope", "MWA");

        Assert.That((run.ExitCode, ((JsonObject)JsonNode.Parse(run.Output.Split('\n')[0])!)["decision"]!.ToString()), Is.EqualTo((0, "E")), run.ToString());
    }

    [Test]
    public void A_bad_packet_stops_the_run_before_any_output_with_one_line()
    {
        CliRun run = CliRun.Of("tracet", "--proposals", Proposal("mwa_grb_proposal_settings.yaml"), Packet("Fermi_GRB.xml"), Packet("Swift_unknown_fail.xml"));

        Assert.That((run.ExitCode, run.Output, run.Error.TrimEnd().Split('\n').Length), Is.EqualTo((2, string.Empty, 1)), run.ToString());
        Assert.That(run.Error, Does.StartWith("error: Swift_unknown_fail.xml: not well-formed XML"));
    }

    [Test]
    public void A_bad_proposal_file_is_named()
    {
        CliRun run = CliRun.Of("tracet", "--proposals", Proposal("atca_test_api_response.yaml"), Packet("Fermi_GRB.xml"));

        Assert.That((run.ExitCode, run.Error.Trim()), Is.EqualTo((2, $"error: {Proposal("atca_test_api_response.yaml")}: not a list of fixture entries (model, pk, fields)")));
    }

    [Test]
    public void No_packets_is_a_usage_error() =>
        Assert.That(CliRun.Of("tracet", "--proposals", TraceTDirectory()).ExitCode, Is.EqualTo(2));

    private static string TraceTDirectory() => Path.GetDirectoryName(Proposal("mwa_grb_proposal_settings.yaml"))!;
}
