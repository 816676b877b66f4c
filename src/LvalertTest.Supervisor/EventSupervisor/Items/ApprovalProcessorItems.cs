using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// basic/approvalProcessor.py: the approval processor's FAR vetting (reference §6), the one check the original
/// implemented (and left out of its new-event list). Its section is commented out in the shipped configs, so the item
/// runs only where a config enables <c>[approval processor prelim dq]</c>.
/// </summary>
internal static class ApprovalProcessorItems
{
    public static void Register(EsItemCatalogue catalogue) =>
        catalogue.Add("approval processor prelim dq", r => [new PrelimDqTask(r.Setup(), r.Section.Seconds("far dt"))]);

    /// <summary>
    /// Passes when the approval processor has written its FAR verdict, or one of the verdicts that legitimately
    /// replace it: the original accepted three strings and raised false alarms for events AP rejects earlier (ifos,
    /// MDC / simulation IDs) or throttles; those are accepted here (§6.2).
    /// </summary>
    private sealed class PrelimDqTask(EsTaskSetup setup, TimeSpan timeout)
        : EsTask(setup, "approvalProcessorFARCheck", "check that the approval processor vetted the FAR", timeout)
    {
        private static readonly string[] Verdicts =
        [
            "Candidate event has low enough FAR",
            "Candidate event rejected due to large FAR",
            "Candidate event is missing FAR",
            "Ignoring new event because we found a hardware injection",
            "Candidate event rejected due to single ifo OR V1 in two-ifo coinc",
            "AP: Mock data challenge or simulation. Ignoring.",
        ];

        protected override CheckResult Check(DateTimeOffset now)
        {
            if (GraceDb.Logs(Event).Any(l => Verdicts.Any(v => l.Comment.Contains(v, StringComparison.Ordinal))))
            {
                return new CheckResult(false, "no action required");
            }

            return GraceDb.Labels(Event).Any(l => l.Name == "EM_Throttled")
                ? new CheckResult(false, "no action required: the event is throttled")
                : new CheckResult(true, "action required: could not find ApprovalProcessor FAR check message");
        }

        public override bool SatisfiedBy(JsonObject alert) =>
            alert?["description"] is JsonValue d && Verdicts.Any(v => d.ToString().Contains(v, StringComparison.Ordinal));
    }
}
