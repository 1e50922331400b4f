using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.CallPaths;

/// <summary>Where a call map ends: people, voicemail, outside numbers, hang-ups, and transfer targets of every kind.</summary>
public sealed partial class CallMapBuilder
{
    private string EntityNode(CallableEntity entity) => entity.Type switch
    {
        CallableEntityType.User => PersonNode(entity.Id),
        CallableEntityType.ApplicationEndpoint => AccountNode(entity.Id),
        CallableEntityType.ConfigurationEndpoint => AppNode(entity.Id),
        CallableEntityType.ExternalPstn => ExternalNode(entity.Id),
        _ => SharedVoicemailNode(entity.Id),
    };

    private string PersonNode(string personId)
    {
        var id = "person:" + personId.ToLowerInvariant();
        if (!Start(id))
        {
            return id;
        }

        if (_world.Person(personId) is not { } person)
        {
            return Missing(id, new Error("callpath.person_missing", personId));
        }

        Error[] problems = _world.IsVoiceEnabled(personId) ? [] : [new Error("callpath.person_unlicensed", person.DisplayName)];
        Add(new CallNode(id, CallNodeKind.Person, person.DisplayName, null, [], problems));
        return id;
    }

    private string VoicemailNode(string personId)
    {
        var id = "voicemail:" + personId.ToLowerInvariant();
        if (!Start(id))
        {
            return id;
        }

        if (_world.Person(personId) is not { } person)
        {
            return Missing(id, new Error("callpath.person_missing", personId));
        }

        Add(new CallNode(id, CallNodeKind.Voicemail, person.DisplayName, null, [], []));
        return id;
    }

    private string SharedVoicemailNode(string groupId)
    {
        var id = "shared-voicemail:" + groupId.ToLowerInvariant();
        if (Start(id))
        {
            Add(new CallNode(id, CallNodeKind.SharedVoicemail, groupId, null, [], []));
        }

        return id;
    }

    private string ExternalNode(string target)
    {
        var number = target.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? target[4..] : target;
        var id = "external:" + number;
        if (Start(id))
        {
            Add(new CallNode(id, CallNodeKind.ExternalNumber, number, null, [], []));
        }

        return id;
    }

    // One hang-up per place that hangs up, so the diagram shows where each call ends.
    private string HangUpNode(string from)
    {
        var id = "hangup:" + from;
        if (Start(id))
        {
            Add(new CallNode(id, CallNodeKind.HangUp, string.Empty, null, [], [new Error("callpath.hangs_up")]));
        }

        return id;
    }
}
