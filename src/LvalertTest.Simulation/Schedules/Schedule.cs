using System.Collections;

namespace LvalertTest.Simulation.Schedules;

/// <summary>
/// An immutable, dt-ordered list of actions. Equal dts keep their order of construction, and
/// <c>a + b</c> puts a's actions before b's on equal dt (the original lvalertTest rule) in O(n + m).
/// </summary>
public sealed partial class Schedule : IReadOnlyList<SimAction>
{
    private readonly SimAction[] _actions;

    private Schedule(SimAction[] sortedActions) => _actions = sortedActions;

    public static Schedule Empty { get; } = new([]);

    public int Count => _actions.Length;

    public SimAction this[int index] => _actions[index];

    /// <summary>The dt of the last action (zero for an empty schedule).</summary>
    public TimeSpan Span => _actions.Length == 0 ? TimeSpan.Zero : _actions[^1].Dt;

    /// <summary>A schedule of <paramref name="actions"/> in dt order; equal dts keep the order given.</summary>
    public static Schedule From(IEnumerable<SimAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        SimAction[] array = actions.ToArray();
        if (Array.IndexOf(array, null) >= 0)
        {
            throw new ArgumentException("a schedule cannot hold a null action", nameof(actions));
        }

        // A stable sort: ties keep the order given.
        SimAction[] sorted = array.Length < 2 ? array : array.OrderBy(a => a.Dt).ToArray();
        return sorted.Length == 0 ? Empty : new Schedule(sorted);
    }

    public static Schedule Of(params SimAction[] actions) => From(actions);

    public static Schedule operator +(Schedule first, Schedule second) => Merge(first, second);

    /// <summary>Merges two schedules in O(n + m); on equal dt, <paramref name="first"/>'s actions come first.</summary>
    public static Schedule Merge(Schedule first, Schedule second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (second.Count == 0)
        {
            return first;
        }

        if (first.Count == 0)
        {
            return second;
        }

        SimAction[] a = first._actions, b = second._actions;
        var merged = new SimAction[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length)
        {
            // "<=" takes from the first schedule on ties: that is the whole tie rule.
            merged[k++] = a[i].Dt <= b[j].Dt ? a[i++] : b[j++];
        }

        Array.Copy(a, i, merged, k, a.Length - i);
        Array.Copy(b, j, merged, k + a.Length - i, b.Length - j);
        return new Schedule(merged);
    }

    /// <summary>
    /// Merges many schedules as if added left to right (<c>s0 + s1 + ...</c>), in O(N log k) by pairing neighbours,
    /// instead of the O(N k) of repeated addition.
    /// </summary>
    public static Schedule Merge(IEnumerable<Schedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        List<Schedule> level = schedules.ToList();
        if (level.Count == 0)
        {
            return Empty;
        }

        while (level.Count > 1)
        {
            var next = new List<Schedule>((level.Count + 1) / 2);
            for (int i = 0; i + 1 < level.Count; i += 2)
            {
                next.Add(Merge(level[i], level[i + 1]));
            }

            if (level.Count % 2 == 1)
            {
                next.Add(level[^1]);
            }

            level = next;
        }

        return level[0];
    }

    /// <summary>Every action shifted by <paramref name="delay"/> (which may be negative if no dt goes below zero).</summary>
    public Schedule Bump(TimeSpan delay)
    {
        if (delay == TimeSpan.Zero || _actions.Length == 0)
        {
            return this;
        }

        if (_actions[0].Dt + delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(delay),
                $"bumping by {delay} would move the first action ({_actions[0]}) before t0");
        }

        var bumped = new SimAction[_actions.Length];
        for (int i = 0; i < bumped.Length; i++)
        {
            bumped[i] = _actions[i].WithDt(_actions[i].Dt + delay);
        }

        return new Schedule(bumped);
    }

    /// <summary>This schedule as a child of <paramref name="parent"/>: its t0 becomes the parent action's dt.</summary>
    public Schedule AnchoredTo(SimAction parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return Bump(parent.Dt);
    }

    /// <summary>
    /// Adds <paramref name="child"/> anchored to the first action matching <paramref name="anchor"/>
    /// (BAYESTAR after the PSD upload). With no such action the child never happens, as in the original.
    /// Child actions at the anchor's own dt come after it.
    /// </summary>
    public Schedule WithChildAfter(Func<SimAction, bool> anchor, Schedule child)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(child);
        SimAction? parent = Array.Find(_actions, a => anchor(a));
        return parent is null ? this : this + child.AnchoredTo(parent);
    }

    public IEnumerator<SimAction> GetEnumerator() => ((IEnumerable<SimAction>)_actions).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One line per action: dt, event, what.</summary>
    public override string ToString() => string.Join("\n", _actions.Select(a => a.ToString()));
}
