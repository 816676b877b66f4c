namespace LvalertTest.Scenarios.Loading;

/// <summary>An invalid scenario: the message is one line naming the file and the field.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(string file, string field, string problem, Exception? inner = null)
        : base($"{file}: {field}: {problem}", inner)
    {
        File = file;
        Field = field;
    }

    public string File { get; }

    public string Field { get; }
}
