namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// The text every match of a regular expression must start with, read conservatively from the pattern (literal
/// characters up to the first construct that is not one), so that a start-anchored match can be ruled out with a
/// plain comparison before the regex engine runs. An empty prefix rules nothing out.
/// </summary>
public static class RegexLiteralPrefix
{
    private const string Special = "^$.*+?()[]{}|#";

    public static string Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);

        // An alternation anywhere may make the first branch's text optional: no prefix rather than parse the nesting.
        if (pattern.Contains('|', StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var prefix = new System.Text.StringBuilder();
        int i = 0;
        while (i < pattern.Length)
        {
            char literal;
            int next;
            if (pattern[i] == '\\')
            {
                // \d, \w, \b, \1, \A...: a class, an anchor or a back-reference, not a character. \n, \t and friends
                // are letters too and stop the prefix as well (conservative).
                if (i + 1 >= pattern.Length || char.IsAsciiLetterOrDigit(pattern[i + 1]))
                {
                    break;
                }

                literal = pattern[i + 1];
                next = i + 2;
            }
            else if (Special.Contains(pattern[i], StringComparison.Ordinal))
            {
                break;
            }
            else
            {
                literal = pattern[i];
                next = i + 1;
            }

            // A quantifier after it may leave it out (?, *, {0}) or repeat it (+): the prefix stops here or after it.
            char following = next < pattern.Length ? pattern[next] : '\0';
            if (following is '?' or '*' or '{')
            {
                break;
            }

            prefix.Append(literal);
            if (following == '+')
            {
                break;
            }

            i = next;
        }

        return prefix.ToString();
    }
}
