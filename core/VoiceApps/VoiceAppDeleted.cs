namespace ChatPhone.Core.VoiceApps;

/// <summary>The result of deleting an auto attendant or a call queue.</summary>
/// <param name="Id">The deleted id.</param>
/// <param name="Name">Its name.</param>
public sealed record VoiceAppDeleted(string Id, string Name);
