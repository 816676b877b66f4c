using System.Globalization;

namespace LvalertTest.Supervisor.ApprovalProcessor;

/// <summary>
/// Numbers as the original wrote them into its comments (Python's <c>str(float)</c>): <c>1e-08</c>, <c>1.9e-07</c>,
/// <c>2.0</c>, so a supervisor matching the original's strings matches ours.
/// </summary>
public static class PythonFloat
{
    public static string Format(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            int exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return $"{text[..e]}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}";
        }

        return double.IsFinite(value) && !text.Contains('.', StringComparison.Ordinal) ? text + ".0" : text;
    }
}
