namespace LvalertTest.Scenarios.Loading;

/// <summary>An invalid scenario: the message is one line naming the file, the line (when known) and the field.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(string file, string field, string problem, Exception? inner = null)
        : this(file, field, problem, null, inner)
    {
    }

    private ScenarioException(string file, string field, string problem, int? line, Exception? inner)
        : base(line is { } n ? $"{file}: line {n}: {field}: {problem}" : $"{file}: {field}: {problem}", inner)
    {
        File = file;
        Field = field;
        Problem = problem;
        Line = line;
    }

    public string File { get; }

    public string Field { get; }

    public string Problem { get; }

    /// <summary>The line of the field (or of the nearest enclosing one) in the file; null when unknown.</summary>
    public int? Line { get; }

    /// <summary>The same error, located at <paramref name="line"/>.</summary>
    public ScenarioException AtLine(int line) => new(File, Field, Problem, line, InnerException ?? this);
}
