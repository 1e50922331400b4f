namespace ChatPhone.Bot.Flows.Common;

/// <summary>
/// An intent flow that can act on one object named by id (slot <see cref="Recognition.SlotNames.ObjectId"/>), so an
/// object card's buttons can run it (<see cref="ObjectButtonFlow"/>). The flow looks the id up in the actor's own
/// tenant, and checks the actor's role, exactly as when the object is named in a sentence.
/// </summary>
public interface ITargetedFlow : IIntentFlow;
