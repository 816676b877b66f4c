namespace LvalertTest.Cli;

/// <summary>The CLI's exit codes, the same for every verb.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An expectation or a gate failed: the run itself worked.</summary>
    public const int ExpectationFailed = 1;

    /// <summary>Bad input (arguments, scenario, config, store); the reason is one line on standard error.</summary>
    public const int BadInput = 2;
}
