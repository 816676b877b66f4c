using System.Globalization;
using LvalertTest.Core.Config;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// One item's section of an eventSupervisor childConfig (named exactly after the item). Every read names the file,
/// section and option when the value is missing or malformed.
/// </summary>
public sealed class EsSection(IniDocument ini, string name)
{
    public string Name { get; } = name;

    public bool Has(string option) => ini.HasOption(Name, option);

    public string Text(string option) => ini.Get(Name, option);

    /// <summary>A non-negative number of seconds (the task timeouts).</summary>
    public TimeSpan Seconds(string option)
    {
        double seconds = Number(option);
        return seconds >= 0 && seconds <= TimeSpan.MaxValue.TotalSeconds / 2
            ? TimeSpan.FromSeconds(seconds)
            : throw Error(option, $"'{Text(option)}' is not a usable number of seconds");
    }

    public double Number(string option) => ini.GetDouble(Name, option);

    public double Number(string option, double fallback) => Has(option) ? Number(option) : fallback;

    public bool Flag(string option, bool fallback) => Has(option) ? ini.GetBoolean(Name, option) : fallback;

    /// <summary>Whitespace-separated words (e-mail lists, ifos, chansets, flags); an absent option is empty.</summary>
    public IReadOnlyList<string> Words(string option) =>
        Has(option) ? Text(option).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : [];

    /// <summary>
    /// The e-mail lists. Production O2 configs give <c>email on success|failure|exception</c>; the ER10 ones give a
    /// single <c>email</c>, read here as the failure and exception lists (those releases mailed only on trouble).
    /// </summary>
    public EmailLists Emails()
    {
        IReadOnlyList<string> legacy = Words("email");
        return new EmailLists(
            Words("email on success"),
            Has("email on failure") ? Words("email on failure") : legacy,
            Has("email on exception") ? Words("email on exception") : legacy);
    }

    public IniFormatException Error(string option, string problem) =>
        new($"{ini.Source}: [{Name}] {option}: {problem}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Name}] of {ini.Source}");
}

/// <summary>Who hears about a check: on success, on failure (action required), on an exception.</summary>
public sealed record EmailLists(IReadOnlyList<string> OnSuccess, IReadOnlyList<string> OnFailure, IReadOnlyList<string> OnException);
