using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Supervisor.ApprovalProcessor;

/// <summary>
/// VOEvent creation (reference §3, the original's process_alert) through <see cref="IGraceDb.CreateVoEvent"/>, whose
/// <c>voevent</c> alert is the broadcast that TraceT consumes; the original's Comet hand-off has no counterpart.
/// </summary>
public sealed class ApVoEvents(ApContext context, ApChecks checks)
{
    /// <summary>Sends a VOEvent of that type unless an identical one was sent; returns true if one was created.</summary>
    public bool Send(ApEventRecord record, VoEventType type, DateTimeOffset now)
    {
        string typeName = type.ToString().ToLowerInvariant();
        if (type == VoEventType.Retraction && (!record.SentAny || record.VoEvents.Any(v => v.EndsWith("-retraction", StringComparison.Ordinal))))
        {
            return false;
        }

        if (record.InjectionsFound is null)
        {
            record.InjectionsFound = checks.CountInjections(record);
        }

        bool isInternal = Internal(record, type);
        int vetted = type == VoEventType.Preliminary ? 0 : 1;
        bool open = record.Far is { } far && far < context.Config.OpenFarThreshold;
        bool injection = record.InjectionsFound > 0;
        string? skymap = type == VoEventType.Retraction || record.LvemSkymaps.Count == 0 ? null : record.LvemSkymaps[^1];
        string fingerprint = $"(internal,vetted,open_alert,hardware_inj,skymap):({Bit(isInternal)},{vetted},{Bit(open)},{Bit(injection)},{skymap ?? "None"})-{typeName}";
        if (record.VoEvents.Any(v => v.EndsWith(fingerprint, StringComparison.Ordinal)))
        {
            context.Log.Write(now, record.GraceId, $"This {typeName} VOEvent has been sent previously.");
            return false;
        }

        string? skymapType = skymap is null ? null : $"{BaseName(skymap)}-{record.Group}{record.Search}";
        try
        {
            context.GraceDb.CreateVoEvent(GraceId.Parse(record.GraceId), new VoEventRequest(type, skymapType, skymap, isInternal, open, injection));
        }
        catch (GraceDbException e)
        {
            context.Comment(record, now, $"AP: Could not send VOEvent type {typeName}.");
            if (!record.VoEventErrors.Any(v => v.EndsWith("-" + typeName, StringComparison.Ordinal)))
            {
                context.Mail(now, context.Config.VoEventErrorEmail, $"Problem sending {record.GraceId} VOEvent: {typeName}", $"{typeName} VOEvent for {record.GraceId} could not be created: {e.Message}");
            }

            record.VoEventErrors.Add($"{record.VoEventErrors.Count + 1}-{fingerprint}");
            return false;
        }

        record.VoEvents.Add($"{record.VoEvents.Count + 1}-{fingerprint}");
        record.VoEventErrors.RemoveAll(v => v.EndsWith("-" + typeName, StringComparison.Ordinal));
        if (skymap is not null && type != VoEventType.Preliminary)
        {
            record.LastSentSkymap = skymap;
        }

        context.Log.Write(now, record.GraceId, $"{typeName} VOEvent sent to GCN.");
        return true;
    }

    public bool SentPreliminary(ApEventRecord record) => record.VoEvents.Any(v => v.EndsWith("-preliminary", StringComparison.Ordinal));

    /// <summary>
    /// Internal or public. The original used an undefined name for the preliminary_internal list, so any run without
    /// force_all_internal crashed and never sent its preliminary (B1); here the configured list is used.
    /// </summary>
    private bool Internal(ApEventRecord record, VoEventType type)
    {
        if (context.Config.ForceAllInternal)
        {
            return true;
        }

        bool pipelineInternal = context.Config.PreliminaryInternal.Contains(record.Pipeline, StringComparer.Ordinal);
        return type switch
        {
            VoEventType.Preliminary => pipelineInternal,
            VoEventType.Retraction => pipelineInternal && record.VoEvents.Count > 0 && record.VoEvents[^1].EndsWith("-preliminary", StringComparison.Ordinal),
            _ => false,
        };
    }

    private static string Bit(bool value) => value ? "1" : "0";

    private static string BaseName(string fileName)
    {
        int dot = fileName.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? fileName : fileName[..dot];
    }
}
