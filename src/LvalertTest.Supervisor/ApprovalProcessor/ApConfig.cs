using System.Globalization;
using LvalertTest.Core.Config;

namespace LvalertTest.Supervisor.ApprovalProcessor;

/// <summary>
/// The approval processor's childConfig options (reference §4). Every option the original reads on each alert is read
/// once here, so a missing or malformed one is a one-line error naming the file, section and option at load time
/// rather than an exception on the first alert.
/// </summary>
public sealed class ApConfig
{
    public ApConfig(IniDocument ini)
    {
        ArgumentNullException.ThrowIfNull(ini);
        Ini = ini;
        ForgetMeNowTimeout = TimeSpan.FromSeconds(Positive("general", "forgetmenow_timeout"));
        ForceAllInternal = YesNo("general", "force_all_internal");
        PreliminaryInternal = ini.Get("general", "preliminary_internal").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        VoEventErrorEmail = ini.GetList("general", "voeventerror_email");
        HardwareInjIsReal = YesNo("labelCheck", "hardware_inj");
        WaitForHardwareInj = TimeSpan.FromSeconds(NonNegative("labelCheck", "wait_for_hardware_inj"));
        DefaultFarThreshold = ini.GetDouble("farCheck", "default_farthresh");
        OpenFarThreshold = ini.HasOption("farCheck", "open_default_farthresh") ? ini.GetDouble("farCheck", "open_default_farthresh") : -1;
        InjectionWindow = NonNegative("injectionCheck", "time_duration");
        OperatorSignoffs = YesNo("operator_signoffCheck", "humanscimons");
        AdvocateSignoffs = YesNo("advocate_signoffCheck", "advocates");
        AdvocateText = ini.Get("advocate_signoffCheck", "advocate_text");
        AdvocateEmail = ini.GetList("advocate_signoffCheck", "advocate_email");
        IgnoreIdq = ini.Get("idq_joint_fapCheck", "ignore_idq");
        DefaultIdqThreshold = ini.GetDouble("idq_joint_fapCheck", "default_idqthresh");
        IdqPipelines = ini.Get("idq_joint_fapCheck", "idq_pipelines").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        GrouperWindow = ini.GetDouble("grouper", "grouperWin");
        DefaultThrottle = Throttle("default_PipelineThrottle");
    }

    public IniDocument Ini { get; }

    public TimeSpan ForgetMeNowTimeout { get; }

    public bool ForceAllInternal { get; }

    public IReadOnlyList<string> PreliminaryInternal { get; }

    public IReadOnlyList<string> VoEventErrorEmail { get; }

    /// <summary><c>hardware_inj = yes</c>: injections are treated as real events and INJ is not a bad label.</summary>
    public bool HardwareInjIsReal { get; }

    public TimeSpan WaitForHardwareInj { get; }

    public double DefaultFarThreshold { get; }

    public double OpenFarThreshold { get; }

    /// <summary>± seconds around the event's gpstime searched for hardware injections.</summary>
    public double InjectionWindow { get; }

    public bool OperatorSignoffs { get; }

    public bool AdvocateSignoffs { get; }

    public string AdvocateText { get; }

    public IReadOnlyList<string> AdvocateEmail { get; }

    /// <summary>Groups whose iDQ is not checked (the original's substring test: "CBC" skips CBC).</summary>
    public string IgnoreIdq { get; }

    public double DefaultIdqThreshold { get; }

    public IReadOnlyList<string> IdqPipelines { get; }

    /// <summary>Seconds of gpstime within which triggers count as one for the throttle.</summary>
    public double GrouperWindow { get; }

    public ThrottleSettings DefaultThrottle { get; }

    /// <summary><c>farthresh[pipeline.search]</c>, else the default (keyed by pipeline and search, as the original).</summary>
    public double FarThreshold(string pipeline, string search) =>
        Ini.HasOption("farCheck", $"farthresh[{pipeline}.{search}]") ? Ini.GetDouble("farCheck", $"farthresh[{pipeline}.{search}]") : DefaultFarThreshold;

    public double IdqThreshold(string pipeline, string search) =>
        Ini.HasOption("idq_joint_fapCheck", $"idqthresh[{pipeline}.{search}]") ? Ini.GetDouble("idq_joint_fapCheck", $"idqthresh[{pipeline}.{search}]") : DefaultIdqThreshold;

    /// <summary>The throttle of a key's own section, else <c>[default_PipelineThrottle]</c>.</summary>
    public ThrottleSettings ThrottleFor(string key) => Ini.HasSection(key) ? Throttle(key) : DefaultThrottle;

    private ThrottleSettings Throttle(string section)
    {
        double window = Positive(section, "throttleWin");
        double rate = NonNegative(section, "targetRate");
        double conf = Ini.GetDouble(section, "conf");
        if (conf is <= 0 or >= 1)
        {
            // The original looped forever on conf = 1 (bug B9): refused here instead.
            throw new IniFormatException($"{Ini.Source}: [{section}] conf: {conf.ToString(CultureInfo.InvariantCulture)} must be between 0 and 1 (exclusive)");
        }

        return new ThrottleSettings(window, rate, Ini.GetBoolean(section, "requireManualReset"), conf);
    }

    private bool YesNo(string section, string option) => Ini.Get(section, option).Trim().ToLowerInvariant() == "yes";

    private double Positive(string section, string option)
    {
        double value = Ini.GetDouble(section, option);
        return value > 0 ? value : throw new IniFormatException($"{Ini.Source}: [{section}] {option}: must be positive");
    }

    private double NonNegative(string section, string option)
    {
        double value = Ini.GetDouble(section, option);
        return value >= 0 ? value : throw new IniFormatException($"{Ini.Source}: [{section}] {option}: must not be negative");
    }
}

/// <summary>One pipeline throttle's parameters (reference §2.7).</summary>
public sealed record ThrottleSettings(double WindowSeconds, double TargetRate, bool RequireManualReset, double Conf)
{
    /// <summary>The smallest N whose Poisson CDF at mean rate × window reaches <see cref="Conf"/>.</summary>
    public int Threshold
    {
        get
        {
            double mean = TargetRate * WindowSeconds;
            double term = Math.Exp(-mean);
            double cdf = term;
            int n = 0;
            while (cdf < Conf)
            {
                n++;
                term *= mean / n;
                cdf += term;
            }

            return n;
        }
    }
}
