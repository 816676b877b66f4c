using System.Globalization;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Supervisor.ApprovalProcessor;

/// <summary>
/// The checks of reference §2.5 with the original's comments. Each returns true, false or null (undecided) and the
/// state machine uses that value; the original read a cached field that was only set when the comment was new, so a
/// repeated failure could read as an old pass (B4).
/// </summary>
public sealed class ApChecks(ApContext context)
{
    public const string Ifos = "ifosCheck";
    public const string Far = "farCheck";
    public const string Labels = "labelCheck";
    public const string Injection = "injectionCheck";
    public const string Skymap = "have_lvem_skymapCheck";
    public const string Idq = "idq_joint_fapCheck";
    public const string Operator = "operator_signoffCheck";
    public const string Advocate = "advocate_signoffCheck";

    /// <summary>The checks of a state, built fresh each time (the original appended the sign-off checks to a module list on every alert, B3).</summary>
    public IReadOnlyList<string> For(string state) => state switch
    {
        ApStates.NewToPreliminary => [Ifos, Far, Labels, Injection],
        ApStates.PreliminaryToInitial => [Far, Labels, Skymap, Idq, .. context.Config.OperatorSignoffs ? new[] { Operator } : [], .. context.Config.AdvocateSignoffs ? new[] { Advocate } : []],
        ApStates.InitialToUpdate => [Far, Labels, Skymap, Idq],
        _ => [],
    };

    public bool? Run(string check, ApEventRecord record, DateTimeOffset now) => check switch
    {
        Ifos => IfosCheck(record, now),
        Far => Cached(record, Far, () => FarCheck(record, now)),
        Labels => LabelCheck(record),
        Injection => Cached(record, Injection, () => InjectionCheck(record, now)),
        Skymap => SkymapCheck(record),
        Idq => Cached(record, Idq, () => IdqCheck(record, now)),
        Operator => OperatorCheck(record, now),
        Advocate => AdvocateCheck(record, now),
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "not an approval processor check"),
    };

    /// <summary>Labels that stop an event: DQV, EM_Throttled, EM_Superseded, the NO answers, and INJ unless injections count as real.</summary>
    public bool IsBadLabel(string label) =>
        label is "DQV" or "EM_Throttled" or "EM_Superseded" or "H1NO" or "L1NO" or "V1NO" or "ADVNO"
        || (label == "INJ" && !context.Config.HardwareInjIsReal);

    private static bool? Cached(ApEventRecord record, string check, Func<bool?> run)
    {
        if (record.Results.TryGetValue(check, out bool known))
        {
            return known;
        }

        bool? result = run();
        if (result is { } decided)
        {
            record.Results[check] = decided;
        }

        return result;
    }

    private bool IfosCheck(ApEventRecord record, DateTimeOffset now)
    {
        int count = record.Instruments.Count;
        if (count == 1 || (count == 2 && record.Instruments.Contains("V1", StringComparer.Ordinal)))
        {
            context.Comment(record, now, "AP: Candidate event rejected due to single ifo OR V1 in two-ifo coinc");
            return false;
        }

        return true;
    }

    private bool FarCheck(ApEventRecord record, DateTimeOffset now)
    {
        double threshold = context.Config.FarThreshold(record.Pipeline, record.Search);
        if (record.Far is not { } far)
        {
            context.Comment(record, now, "AP: Candidate event is missing FAR.");
            return false;
        }

        if (far >= threshold)
        {
            context.Comment(record, now, $"AP: Candidate event rejected due to large FAR. {PythonFloat.Format(far)} >= {PythonFloat.Format(threshold)}");
            return false;
        }

        context.Comment(record, now, $"AP: Candidate event has low enough FAR. {PythonFloat.Format(far)} < {PythonFloat.Format(threshold)}");
        return true;
    }

    private bool LabelCheck(ApEventRecord record) => !record.Labels.Any(IsBadLabel);

    /// <summary>
    /// Hardware injections are HardwareInjection events in GraceDb within ± time_duration of the gpstime (the
    /// original asked raven.search.query). Virgo's injection statement was fixed at 0 in the original: not read.
    /// </summary>
    private bool InjectionCheck(ApEventRecord record, DateTimeOffset now)
    {
        string th = PythonFloat.Format(context.Config.InjectionWindow);
        int found = CountInjections(record);
        record.InjectionsFound = found;
        if (found == 0)
        {
            context.Comment(record, now, $"AP: No hardware injection found near event gpstime +/- {th} seconds or from Virgo injections statement if V1 is involved.");
            return true;
        }

        if (!record.HasLabel("INJ"))
        {
            context.Label(record, now, "INJ");
            record.RecordLabel("INJ");
        }

        if (context.Config.HardwareInjIsReal)
        {
            context.Comment(record, now, $"AP: Found hardware injection +/- {th} seconds of event gpstime or from Virgo injections statement if V1 is involved but treating as real event in config.");
            return true;
        }

        context.Comment(record, now, $"AP: Ignoring new event because we found a hardware injection +/- {th} seconds of event gpstime or from Virgo injections statement if V1 is involved.");
        return false;
    }

    public int CountInjections(ApEventRecord record)
    {
        if (record.GpsTime is not { } gps)
        {
            return 0;
        }

        double window = context.Config.InjectionWindow;
        string query = string.Create(CultureInfo.InvariantCulture, $"HardwareInjection {gps - window:R} .. {gps + window:R}");
        return context.GraceDb.Events(query).Count(e => e.GraceId.ToString() != record.GraceId);
    }

    /// <summary>In preliminary_to_initial one lvem sky map is enough; later a new one (not the last sent) is needed.</summary>
    private static bool? SkymapCheck(ApEventRecord record)
    {
        if (record.State == ApStates.PreliminaryToInitial)
        {
            return record.LvemSkymaps.Count >= 1 ? true : null;
        }

        // The original compared "<n>-file" keys with a bare file name, so any second map read as new (B7).
        return record.LvemSkymaps.Count >= 2 && record.LvemSkymaps[^1] != record.LastSentSkymap ? true : null;
    }

    private bool? IdqCheck(ApEventRecord record, DateTimeOffset now)
    {
        if (context.Config.IgnoreIdq.Contains(record.Group, StringComparison.Ordinal) && record.Group.Length > 0)
        {
            return true;
        }

        double threshold = context.Config.IdqThreshold(record.Pipeline, record.Search);
        string[] ifos = record.Instruments.Where(i => i is "H1" or "L1").ToArray();
        var joint = new List<double>();
        bool complete = true;
        foreach (string pipeline in context.Config.IdqPipelines)
        {
            double product = 1;
            foreach (string ifo in ifos)
            {
                if (record.IdqValues.TryGetValue($"{pipeline}.{ifo}", out double fap))
                {
                    product *= fap;
                }
                else
                {
                    complete = false;
                }
            }

            joint.Add(product);
        }

        if (record.IdqValues.Count == 0 || joint.Count == 0)
        {
            return null;
        }

        double min = joint.Min();
        if (!complete)
        {
            if (min < threshold)
            {
                context.Comment(record, now, $"AP: Finished running iDQ checks. Candidate event rejected because incomplete joint min-FAP value already less than iDQ threshold. {PythonFloat.Format(min)} < {PythonFloat.Format(threshold)}");
                return false;
            }

            return null;
        }

        if (min > threshold)
        {
            context.Comment(record, now, $"AP: Finished running iDQ checks. Candidate event passed iDQ checks. {PythonFloat.Format(min)} > {PythonFloat.Format(threshold)}");
            return true;
        }

        context.Comment(record, now, $"AP: Finished running iDQ checks. Candidate event rejected due to low iDQ FAP value. {PythonFloat.Format(min)} < {PythonFloat.Format(threshold)}");
        return false;
    }

    private bool? OperatorCheck(ApEventRecord record, DateTimeOffset now)
    {
        if (record.OperatorSignoffs.Values.Contains("NO", StringComparer.Ordinal))
        {
            context.Comment(record, now, "AP: Candidate event failed operator signoff check.");
            return false;
        }

        if (record.Instruments.Any(i => !record.OperatorSignoffs.ContainsKey(i)))
        {
            return null;
        }

        context.Comment(record, now, "AP: Candidate event passed operator signoff check.");
        return true;
    }

    private bool? AdvocateCheck(ApEventRecord record, DateTimeOffset now)
    {
        if (record.AdvocateSignoffs.Count == 0)
        {
            return null;
        }

        if (record.AdvocateSignoffs.Contains("NO", StringComparer.Ordinal))
        {
            context.Comment(record, now, "AP: Candidate event failed advocate signoff check.");
            return false;
        }

        context.Comment(record, now, "AP: Candidate event passed advocate signoff check.");
        return true;
    }
}
