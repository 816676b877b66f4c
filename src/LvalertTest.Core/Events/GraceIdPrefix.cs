namespace LvalertTest.Core.Events;

/// <summary>The GraceID letter the real service gives an event of a group.</summary>
public static class GraceIdPrefix
{
    public static char ForGroup(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group switch
        {
            "Test" => 'T',
            "External" => 'E',
            _ => 'G',
        };
    }
}
