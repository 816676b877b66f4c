namespace LvalertTest.Core.Events;

/// <summary>Who signs off: an instrument's operator (OP, with an instrument) or the EM advocate (ADV).</summary>
public enum SignoffType
{
    OP,
    ADV,
}

/// <summary>The answer of a sign-off, as the real service stores it.</summary>
public enum SignoffStatus
{
    OK,
    NO,
}

/// <summary>The kinds of VOEvent the real service issues (API codes PR, IN, UP, RE).</summary>
public enum VoEventType
{
    Preliminary,
    Initial,
    Update,
    Retraction,
}
