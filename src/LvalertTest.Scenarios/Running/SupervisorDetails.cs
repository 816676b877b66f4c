namespace LvalertTest.Scenarios.Running;

/// <summary>Which of a supervisor run's growing lists to keep: only those a scenario's expectations read.</summary>
[Flags]
internal enum SupervisorDetails
{
    None = 0,
    Checks = 1,
    Items = 2,
}
