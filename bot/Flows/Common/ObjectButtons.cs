using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Common;

/// <summary>Buttons that run an intent on one object (Show, Edit, Remove, Review), for <see cref="ObjectButtonFlow"/>.</summary>
public static class ObjectButtons
{
    /// <summary>A button titled <paramref name="title"/> that runs <paramref name="intent"/> on the <paramref name="kind"/> object <paramref name="objectId"/>.</summary>
    public static CardAction Create(string title, IntentKind intent, ObjectKind kind, string objectId) =>
        new(title, ObjectActionPayload.Verb, CardPayloads.Write(new ObjectActionPayload(intent.ToString(), kind.ToString(), objectId)));

    /// <summary>
    /// The button that exports the object as a PowerShell script, with what it needs (admins' cards); for a kind with no
    /// export of its own (the conferencing bridge), the whole configuration.
    /// </summary>
    public static CardAction Export(Language language, ObjectKind kind, string objectId) =>
        ExportFlowScope.Exported(kind) is null
            ? Cards.Setup.ChecklistCard.ExportButton(language)
            : Create(BotText.Get(language, "Object_Export"), IntentKind.ExportPowerShell, kind, objectId);

    /// <summary>The id an object button named, when the intent came from one.</summary>
    public static string? ObjectId(this Intent intent) => intent.Slots.GetValueOrDefault(SlotNames.ObjectId);
}
