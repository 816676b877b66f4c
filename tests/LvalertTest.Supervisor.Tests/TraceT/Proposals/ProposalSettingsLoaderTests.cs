using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Supervisor.TraceT.Proposals;

namespace LvalertTest.Supervisor.Tests.TraceT.Proposals;

public sealed class ProposalSettingsLoaderTests
{
    [Test]
    public void A_directory_gives_every_proposal_in_priority_order_and_skips_telescope_answers()
    {
        IReadOnlyList<ProposalSettings> all = new ProposalSettingsLoader().Load([TraceTFixtures.ProposalsDirectory]);

        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.EqualTo(9));
            Assert.That(all.Select(p => p.Key), Is.Unique);
            Assert.That(all.Select(p => p.Priority), Is.Ordered);
            Assert.That(all.Select(p => p.Key), Does.Contain("TEST@mwa_nu_proposal_settings").And.Contain("TEST_ATCA").And.Contain("HESS_TEST"));
        });
    }

    [Test]
    public void Fields_come_from_the_fixture_and_defaults_fill_the_rest()
    {
        ProposalSettings atca = TraceTFixtures.Proposals("atca_grb_proposal_settings.yaml").Single();

        Assert.That(
            (atca.Telescope, atca.ProjectId, atca.Testing, atca.RepointingLimit, atca.AtcaDecMin1, atca.AtcaDecMax2, atca.EventAnyDuration, atca.AntaresMinRanking),
            Is.EqualTo(("ATCA", "C3374", TestingMode.PretendReal, 0.0001, (double?)-90, (double?)5, false, 2)));
    }

    [TestCase("- {model: trigger_app.proposalsettings, pk: 1, fields: {proposal_id: X, telescope: ATCA, source_type: XRB}}", "source_type 'XRB' is not GRB, FS, NU or GW")]
    [TestCase("- {model: trigger_app.proposalsettings, pk: 1, fields: {proposal_id: X, telescope: ATCA, source_type: GRB, fermi_prob: lots}}", "pk 1: fermi_prob is 'lots', not a number")]
    [TestCase("- {model: trigger_app.proposalsettings, pk: 1, fields: {proposal_id: X, telescope: ATCA, source_type: GRB, testing: SOMETIMES}}", "testing 'SOMETIMES' is not")]
    [TestCase("[{model: x", "not valid YAML at line")]
    [TestCase("{a: 1}", "not a list of fixture entries")]
    [TestCase("- {model: trigger_app.telescope, pk: 1, fields: {}}", "no trigger_app.proposalsettings entry")]
    public void A_broken_file_fails_with_one_line_naming_it(string text, string reason)
    {
        var fs = new MockFileSystem(new Dictionary<string, MockFileData> { ["/p/bad.yaml"] = new(text) });

        var e = Assert.Throws<ProposalFormatException>(() => new ProposalSettingsLoader(fs).Load(["/p/bad.yaml"]));

        Assert.That(e!.Message, Does.StartWith("/p/bad.yaml").And.Contain(reason).And.Not.Contain("\n"));
    }

    [Test]
    public void A_missing_path_is_named() =>
        Assert.That(() => new ProposalSettingsLoader(new MockFileSystem()).Load(["/nowhere"]), Throws.TypeOf<ProposalFormatException>().With.Message.StartsWith("/nowhere: no such"));
}
