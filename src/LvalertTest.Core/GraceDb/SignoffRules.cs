using LvalertTest.Core.Events;

namespace LvalertTest.Core.GraceDb;

/// <summary>
/// The server's sign-off side effects: a sign-off answers a request label (H1OPS, ADVREQ, ...), which is removed
/// silently, and applies the answer label (H1OK / H1NO, ADVOK / ADVNO) with its alert.
/// </summary>
public static class SignoffRules
{
    private static readonly string[] OperatorInstruments = ["H1", "L1", "V1"];

    public static string RequestLabel(SignoffType type, string instrument) =>
        type == SignoffType.ADV ? "ADVREQ" : instrument + "OPS";

    public static string AnswerLabel(SignoffType type, string instrument, SignoffStatus status) =>
        (type == SignoffType.ADV ? "ADV" : instrument) + status;

    /// <summary>Checks the instrument: operators sign for one of H1, L1, V1; advocates for none.</summary>
    public static string NormaliseInstrument(SignoffType type, string? instrument)
    {
        if (type == SignoffType.ADV)
        {
            return string.IsNullOrEmpty(instrument)
                ? string.Empty
                : throw new GraceDbValidationException($"an advocate sign-off takes no instrument, got '{instrument}'");
        }

        return instrument is not null && OperatorInstruments.Contains(instrument, StringComparer.Ordinal)
            ? instrument
            : throw new GraceDbValidationException($"an operator sign-off needs an instrument (H1, L1 or V1), got '{instrument}'");
    }

    /// <summary>The server's log comment for a sign-off (reference §3.5).</summary>
    public static string LogComment(SignoffType type, string instrument, SignoffStatus status, string comment)
    {
        string who = type == SignoffType.ADV ? "Advocate" : "Operator";
        string forInstrument = instrument.Length == 0 ? string.Empty : $" for {instrument}";
        return $"{who} signoff certified status as {status}{forInstrument}: '{comment}'; " +
               $"label {RequestLabel(type, instrument)} removed and label {AnswerLabel(type, instrument, status)} applied";
    }
}
