using System.Globalization;
using LvalertTest.Supervisor.TraceT.Notices;
using LvalertTest.Supervisor.TraceT.Proposals;

namespace LvalertTest.Supervisor.TraceT.Decisions;

/// <summary>
/// Gravitational waves (TraceT's <c>worth_observing_gw</c>): too old or seen by fewer than two detectors → no; an
/// early warning → yes (nothing else is known yet); a retraction → no; then the FAR and each class probability must
/// sit inside the proposal's limits, and significant events only if the proposal observes them. A figure the notice
/// does not give is not held against it.
/// </summary>
public static class GwRules
{
    /// <summary>TraceT's default age limit for a GW notice to still be worth an observation.</summary>
    public static readonly TimeSpan DefaultMaximumAge = TimeSpan.FromHours(2);

    public static Verdict WorthObserving(ParsedNotice notice, ProposalSettings p, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(p);
        TimeSpan maximumAge = p.MaximumObservationTimeSeconds > 0 ? TimeSpan.FromSeconds(p.MaximumObservationTimeSeconds) : DefaultMaximumAge;
        if (notice.EventObserved is { } observed && now - observed > maximumAge)
        {
            return Verdict.NotTriggering($"The event time {observed.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss}+0000 is more than {maximumAge.TotalHours:0.##} hours before {now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss}+0000 so not triggering.");
        }

        if (notice.LvcInstruments is { } instruments && instruments.Split(',', StringSplitOptions.RemoveEmptyEntries).Length < 2)
        {
            return Verdict.NotTriggering($"The event has only {instruments} so not triggering.");
        }

        if (notice.EventType == "EarlyWarning")
        {
            return Verdict.Triggering("Early warning, no information so triggering.");
        }

        if (notice.IsRetraction)
        {
            return Verdict.NotTriggering("Retraction, so not triggering.");
        }

        if (Far(notice.LvcFalseAlarmRate, p.MaximumFalseAlarmRate) is { } farReason)
        {
            return Verdict.NotTriggering(farReason);
        }

        (string Name, double? Value, double Min, double Max)[] probabilities =
        [
            ("PROB_NS", notice.LvcIncludesNeutronStarProbability, p.MinimumNeutronStarProbability, p.MaximumNeutronStarProbability),
            ("PROB_BNS", notice.LvcBinaryNeutronStarProbability, p.MinimumBinaryNeutronStarProbability, p.MaximumBinaryNeutronStarProbability),
            ("PROB_NSBH", notice.LvcNeutronStarBlackHoleProbability, p.MinimumNeutronStarBlackHoleProbability, p.MaximumNeutronStarBlackHoleProbability),
            ("PROB_BBH", notice.LvcBinaryBlackHoleProbability, p.MinimumBinaryBlackHoleProbability, p.MaximumBinaryBlackHoleProbability),
            ("PROB_Terre", notice.LvcTerrestrialProbability, p.MinimumTerrestrialProbability, p.MaximumTerrestrialProbability),
        ];
        foreach ((string name, double? value, double min, double max) in probabilities)
        {
            if (value > max)
            {
                return Verdict.NotTriggering($"The {name} probability ({Verdict.Num(value.Value)}) is greater than {Verdict.Num(max)} so not triggering.");
            }

            if (value < min)
            {
                return Verdict.NotTriggering($"The {name} probability ({Verdict.Num(value.Value)}) is less than {Verdict.Num(min)} so not triggering.");
            }
        }

        if (notice.LvcSignificant == true && !p.ObserveSignificant)
        {
            return Verdict.NotTriggering("The GW significance (True) is not observed because observe_significant is False.");
        }

        return Verdict.Triggering("The probability looks good so triggering.");
    }

    private static string? Far(string? far, string? maximum)
    {
        if (string.IsNullOrWhiteSpace(far) || string.IsNullOrWhiteSpace(maximum))
        {
            return null;
        }

        if (!double.TryParse(far, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate)
            || !double.TryParse(maximum, NumberStyles.Float, CultureInfo.InvariantCulture, out double limit))
        {
            return $"The event FAR ({far}) or proposal FAR ({maximum}) could not be processed so not triggering.";
        }

        return rate > limit ? $"The FAR is {far} which is greater than {maximum} so not triggering." : null;
    }
}
