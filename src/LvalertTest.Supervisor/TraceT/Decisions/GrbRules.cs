using LvalertTest.Supervisor.TraceT.Notices;
using LvalertTest.Supervisor.TraceT.Proposals;

namespace LvalertTest.Supervisor.TraceT.Decisions;

/// <summary>
/// Is a GRB worth observing for this proposal (TraceT's <c>worth_observing_grb</c>)? A bad position (zero or too
/// large an error, outside ATCA's declination windows) stops here; then the likelihood (Fermi index 4 with enough
/// probability, Swift rate significance, HESS significance, or none given), then the duration decides: trigger inside
/// the event window, pending inside either pending window, otherwise not.
/// </summary>
public static class GrbRules
{
    public static Verdict WorthObserving(ParsedNotice notice, ProposalSettings p, double? dec)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(p);
        if (Position(notice.PosError, dec, p) is { } badPosition)
        {
            return Verdict.NotTriggering(badPosition);
        }

        var reasons = new List<string>();
        bool debug = false;
        bool likely = false;
        if (notice.FermiMostLikelyIndex is { } index)
        {
            if (index != 4)
            {
                reasons.Add("Fermi GRB likely index not 4.");
            }
            else if (notice.FermiDetectionProb >= p.FermiProb)
            {
                likely = true;
                reasons.Add($"Fermi GRB probability greater than {Verdict.Num(p.FermiProb)}.");
            }
            else
            {
                debug = true;
                reasons.Add($"Fermi GRB probability less than {Verdict.Num(p.FermiProb)} so not triggering.");
            }
        }
        else if (notice.SwiftRateSignif is { } rate)
        {
            likely = rate >= p.SwiftRateSignf;
            debug = !likely;
            reasons.Add(likely
                ? $"SWIFT rate significance ({Verdict.Num(rate)}) >= swift_min_rate ({p.SwiftRateSignf:0.000}) sigma."
                : $"SWIFT rate significance ({Verdict.Num(rate)}) < swift_min_rate ({p.SwiftRateSignf:0.000}) sigma so not triggering.");
        }
        else if (notice.HessSignificance is { } hess)
        {
            likely = hess >= p.MinimumHessSignificance && hess <= p.MaximumHessSignificance;
            debug = !likely;
            string range = $"{Verdict.Num(p.MinimumHessSignificance)} <= ({hess:0.000}) <= {Verdict.Num(p.MaximumHessSignificance)}";
            reasons.Add(likely ? $"HESS rate significance is {range} sigma." : $"HESS rate significance is not {range} so not triggering.");
        }
        else
        {
            likely = true;
            reasons.Add("No probability metric given so assume it is a GRB.");
        }

        return Duration(notice.Duration, likely, debug, p, reasons);
    }

    private static string? Position(double? error, double? dec, ProposalSettings p)
    {
        if (error == 0.0)
        {
            return "The Events positions uncertainty is 0.0 which is likely an error so not observing.";
        }

        if (p.MaximumPositionUncertainty is > 0 and { } limit && error > limit)
        {
            return $"The Events positions uncertainty ({error:0.0000} deg) is greater than {limit:0.0000} so not observing.";
        }

        bool Inside(double? min, double? max) => dec is { } d && (min is null || d > min) && (max is null || d < max);
        if (p.IsAtca && dec is not null && !Inside(p.AtcaDecMin1, p.AtcaDecMax1) && !Inside(p.AtcaDecMin2, p.AtcaDecMax2))
        {
            return $"The Events declination ({Verdict.Num(dec.Value)}) is outside limit 1 ({p.AtcaDecMin1} < dec < {p.AtcaDecMax1}) or limit 2 ({p.AtcaDecMin2} < dec < {p.AtcaDecMax2}).";
        }

        return null;
    }

    private static Verdict Duration(double? duration, bool likely, bool debug, ProposalSettings p, List<string> reasons)
    {
        bool trigger = false;
        bool pending = false;
        if (p.EventAnyDuration && likely)
        {
            trigger = true;
            reasons.Add("Accepting any event duration so triggering.");
        }
        else if (!p.EventAnyDuration && duration is null)
        {
            debug = true;
            reasons.Add("No event duration (None) so not triggering.");
        }
        else if (duration is { } d && likely)
        {
            if (p.EventMinDuration <= d && d <= p.EventMaxDuration)
            {
                trigger = true;
                reasons.Add($"Event duration between {Verdict.Num(p.EventMinDuration)} and {Verdict.Num(p.EventMaxDuration)} s so triggering.");
            }
            else if (Between(d, p.PendingMinDuration1, p.PendingMaxDuration1) is { } window1)
            {
                pending = true;
                reasons.Add(window1);
            }
            else if (Between(d, p.PendingMinDuration2, p.PendingMaxDuration2) is { } window2)
            {
                pending = true;
                reasons.Add(window2);
            }
            else
            {
                debug = true;
                reasons.Add("Event duration outside of all time ranges so not triggering.");
            }
        }

        return new Verdict(trigger, debug, pending, reasons);
    }

    private static string? Between(double d, double min, double max) =>
        min <= d && d <= max ? $"Event duration between {Verdict.Num(min)} and {Verdict.Num(max)} s so waiting for a human's decision." : null;
}
