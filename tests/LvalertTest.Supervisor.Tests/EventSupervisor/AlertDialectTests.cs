using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.Skymaps;

namespace LvalertTest.Supervisor.Tests.EventSupervisor;

/// <summary>
/// The same follow-up published in either alert dialect drives the supervisor the same way: an igwn-alert <c>log</c>
/// starts the items a legacy <c>update</c> starts, and label and sign-off alerts of both dialects are understood.
/// </summary>
public class AlertDialectTests
{
    [Test]
    public void IgwnLogAlerts_StartAndSatisfyTheSameChecksAsLegacyUpdates()
    {
        (List<string> legacyChecks, List<string> legacyMails) = FollowUp(AlertDialect.Legacy);
        (List<string> igwnChecks, List<string> igwnMails) = FollowUp(AlertDialect.Igwn);

        Assert.Multiple(() =>
        {
            // Items only an update can start: the PSD's children, the BAYESTAR start's child, the FITS upload's items.
            Assert.That(igwnChecks, Has.Some.StartsWith("+0.75 bayestar start.bayestarStart ok"));
            Assert.That(igwnChecks, Has.Some.StartsWith("+1 bayestar.bayestarSkymap ok"));
            Assert.That(igwnChecks, Has.Some.StartsWith("+2 skymap sanity.skymapSanity ok"));
            Assert.That(igwnChecks, Has.Some.StartsWith("+2.5 bayestar finish.bayestarFinish action required"));
            Assert.That(igwnChecks, Is.EqualTo(legacyChecks));
            Assert.That(igwnMails, Is.EqualTo(legacyMails));
        });
    }

    [Test]
    public void LabelAndSignoffAlerts_OfBothDialects_AreUnderstoodAndChangeNothing()
    {
        foreach (AlertDialect dialect in new[] { AlertDialect.Legacy, AlertDialect.Igwn })
        {
            using EsHarness h = new(EsHarness.TestsConfig, dialect: dialect);
            GraceId id = h.CreateEvent();
            h.RunFor(0.1);
            int pending = h.Engine.PendingCount;
            int before = h.Alerts.Count;
            h.Db.AddLabel(id, "H1OPS");
            h.Db.CreateSignoff(id, SignoffType.OP, "H1", SignoffStatus.OK, "looks fine");
            h.Db.RemoveLabel(id, "H1OK");
            string[] labelAndSignoffAlerts = h.Alerts.Skip(before).Select(a => a.AlertType).Where(t => t is not ("update" or "log")).ToArray();
            string[] handled = h.Log.Lines.Select(l => l.Message).Where(m => m.StartsWith("nothing to do for a ", StringComparison.Ordinal)).ToArray();

            Assert.Multiple(() =>
            {
                Assert.That(labelAndSignoffAlerts, Is.SupersetOf(dialect == AlertDialect.Legacy
                    ? new[] { "label", "signoff", "label_removed" }
                    : new[] { "label_added", "signoff_created", "label_removed" }));
                Assert.That(handled, Is.EqualTo(labelAndSignoffAlerts.Select(t => $"nothing to do for a {t} alert")));
                Assert.That(h.Engine.PendingCount, Is.EqualTo(pending));
            });
        }
    }

    private static (List<string> Checks, List<string> Mails) FollowUp(AlertDialect dialect)
    {
        using EsHarness h = EsHarness.WithMail(dialect: dialect);
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, "PSD", "psd.xml.gz");
        h.RunFor(0.25);
        h.WriteLog(id, "INFO:BAYESTAR:starting sky localization");
        h.RunFor(0.25);
        h.Db.WriteLog(id, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", HealpixFitsWriter.Write(HealpixFitsWriter.Uniform(1)), ["sky_loc", "lvem"]);
        h.RunFor(10);
        return (h.Checks(), h.Mails());
    }
}
