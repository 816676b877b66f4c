namespace LvalertTest.Supervisor.TraceT.Decisions;

/// <summary>A proposal's decision about one event group (TraceT's P / I / E / T / C).</summary>
public enum DecisionCode
{
    /// <summary>Waiting for a human (the duration fell in a pending window).</summary>
    Pending,

    /// <summary>Not worth observing (or not this proposal's kind of source).</summary>
    Ignored,

    /// <summary>Worth observing, but the telescope request failed.</summary>
    Error,

    /// <summary>An observation was requested.</summary>
    Triggered,

    /// <summary>Called off (here: the GW candidate was retracted after it triggered).</summary>
    Canceled,
}

public static class DecisionCodes
{
    public static string Letter(this DecisionCode code) => code switch
    {
        DecisionCode.Pending => "P",
        DecisionCode.Ignored => "I",
        DecisionCode.Error => "E",
        DecisionCode.Triggered => "T",
        DecisionCode.Canceled => "C",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };
}
