namespace LvalertTest.Core.Alerts;

/// <summary>
/// The two alert envelopes a run can speak. Legacy lvalert (O1/O2): <c>new</c>, <c>update</c>, <c>label</c>,
/// <c>signoff</c> with <c>description</c>, <c>file</c> and <c>object</c>. igwn-alert (O3/O4): <c>new</c>, <c>log</c>,
/// <c>label_added</c>, <c>label_removed</c>, <c>signoff_created</c>, <c>voevent</c> with <c>data</c> and <c>object</c>.
/// </summary>
public enum AlertDialect
{
    Legacy,
    Igwn,
}
