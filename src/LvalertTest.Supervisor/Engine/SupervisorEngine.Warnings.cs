namespace LvalertTest.Supervisor.Engine;

public sealed partial class SupervisorEngine
{
    private int _warnCount;
    private DateTimeOffset _warnTime = DateTimeOffset.MinValue;

    /// <summary>
    /// Queue-size warnings: while the queue is longer than warnThr, one e-mail per warnDelay, the maxWarn-th marked
    /// FINAL, then silence; a RECOVERY e-mail once it has shortened. (Read literally, the original also sent RECOVERY
    /// in every epoch between two warnings; recovery here means the queue is no longer too long.)
    /// </summary>
    private void CheckQueueSize(DateTimeOffset now)
    {
        int length = Queue.Count;
        if (length > _options.WarnThreshold)
        {
            if (now >= _warnTime)
            {
                _warnCount++;
                if (_warnCount <= _options.MaxWarn)
                {
                    bool final = _warnCount == _options.MaxWarn;
                    string body = $"SortedQueue has {length} items, more than warnThr = {_options.WarnThreshold}." + (final ? "\nThis is the final warning!" : string.Empty);
                    Email($"{(final ? "FINAL " : string.Empty)}WARNING: queue is too long on {_options.Host}", body, now);
                    _log.Write(now, null, $"queue is too long: {length} items (warning {_warnCount} of {_options.MaxWarn})");
                }

                _warnTime = now + _options.WarnDelay;
            }
        }
        else if (_warnCount > 0)
        {
            string body = $"SortedQueue has shortened to {length} items." + (_warnCount > _options.MaxWarn ? "\nRecovery has un-silenced warnings." : string.Empty);
            Email($"RECOVERY: SortedQueue has shortened on {_options.Host}", body, now);
            _log.Write(now, null, $"queue has shortened to {length} items");
            _warnCount = 0;
            _warnTime = DateTimeOffset.MinValue;
        }
    }
}
