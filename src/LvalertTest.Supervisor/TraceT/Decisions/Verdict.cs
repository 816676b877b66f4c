using System.Globalization;

namespace LvalertTest.Supervisor.TraceT.Decisions;

/// <summary>
/// What a source-type rule concludes (TraceT's <c>(trigger, debug, pending, log)</c>): observe, tell the operators,
/// or wait for a human; with the reasons, in order, without time stamps.
/// </summary>
public sealed record Verdict(bool Trigger, bool Debug, bool Pending, IReadOnlyList<string> Reasons)
{
    public static Verdict Triggering(params string[] reasons) => new(true, false, false, reasons);

    public static Verdict NotTriggering(params string[] reasons) => new(false, true, false, reasons);

    /// <summary>Numbers in reasons: shortest round-trip text, as the notice or the settings wrote them (0.256, 50).</summary>
    public static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
