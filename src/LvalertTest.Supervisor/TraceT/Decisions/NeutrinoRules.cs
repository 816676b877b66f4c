using LvalertTest.Supervisor.TraceT.Notices;
using LvalertTest.Supervisor.TraceT.Proposals;

namespace LvalertTest.Supervisor.TraceT.Decisions;

/// <summary>Neutrinos (TraceT's <c>worth_observing_nu</c>): Antares by ranking (1 is best); IceCube via AMON always.</summary>
public static class NeutrinoRules
{
    public static Verdict WorthObserving(ParsedNotice notice, ProposalSettings p)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(p);
        if (notice.Telescope != "Antares")
        {
            return Verdict.Triggering("No thresholds for non Antares telescopes so triggering.");
        }

        int ranking = notice.AntaresRanking ?? int.MaxValue;
        return ranking <= p.AntaresMinRanking
            ? Verdict.Triggering($"The Antares ranking ({ranking}) is less than or equal to {p.AntaresMinRanking} so triggering.")
            : Verdict.NotTriggering($"The Antares ranking ({notice.AntaresRanking?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None"}) is greater than {p.AntaresMinRanking} so not triggering.");
    }
}
