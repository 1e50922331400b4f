using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using static ChatPhone.Core.Triage.TriageCodes;

namespace ChatPhone.Core.Triage;

public static partial class Diagnoser
{
    // Queue calls: the queue named (or the person's queues), the person as one of its agents, and the queue's
    // ability to take calls (a licensed resource account with a number, calls not sent straight to overflow).
    private static void Queues(Symptom symptom, TriageFacts facts, DateTimeOffset now, Findings found)
    {
        var name = facts.Details.QueueName?.Trim();
        IReadOnlyList<CallQueue> queues;
        if (!string.IsNullOrEmpty(name))
        {
            if (facts.CallQueues.FirstOrDefault(q => q.Name.Trim().Equals(name, StringComparison.OrdinalIgnoreCase)) is not { } named)
            {
                found.Add(QueueNotFound, FixOwner.User, null, name);
                return;
            }

            Membership(facts, named, found);
            queues = [named];
        }
        else
        {
            queues = facts.CallQueues.Where(q => IsAgent(q, facts.UserId)).ToArray();
            if (queues.Count == 0 && symptom == Symptom.QueueCalls)
            {
                if (facts.CallQueues is [var only])
                {
                    Membership(facts, only, found);
                    queues = [only];
                }
                else
                {
                    found.Add(NoQueueMembership, FixOwner.Admin, null);
                }
            }
        }

        foreach (var queue in queues)
        {
            Readiness(facts, queue, now, found);
        }
    }

    private static void Membership(TriageFacts facts, CallQueue queue, Findings found)
    {
        if (IsAgent(queue, facts.UserId))
        {
            return;
        }

        if (queue.Settings.DistributionLists.Count > 0 || queue.Settings.Channel is not null)
        {
            // Group and channel membership lives outside ChatPhone: the person may be an agent through them.
            found.Add(QueueAgentThroughGroups, FixOwner.Admin, null, queue.Name);
            return;
        }

        var fix = queue.Settings.Users.Count < CallQueueValidator.MaxUsers
            ? MakeFix(FixKind.AddQueueAgent, ("userId", facts.UserId), ("callQueueId", queue.Id), ("queueName", queue.Name))
            : null;
        found.Add(QueueAgentMissing, FixOwner.Admin, fix, queue.Name);
    }

    private static void Readiness(TriageFacts facts, CallQueue queue, DateTimeOffset now, Findings found)
    {
        var accounts = facts.ResourceAccounts
            .Where(a => a.Kind == ResourceAccountKind.CallQueue && queue.Id.Equals(a.AssociatedWith, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var licensed = accounts.Where(a => a.IsLicensed).ToArray();
        if (accounts.Length == 0)
        {
            found.Add(QueueNoResourceAccount, FixOwner.Admin, null, queue.Name);
        }
        else if (licensed.Length == 0)
        {
            found.Add(QueueAccountUnlicensed, FixOwner.Admin, null, queue.Name, accounts[0].Upn);
        }
        else if (!licensed.Any(a => a.Number is not null))
        {
            found.Add(QueueNoNumber, FixOwner.Admin, null, queue.Name);
        }

        if (facts.Balance(now) <= 0)
        {
            foreach (var number in licensed.Select(a => a.Number).OfType<string>()
                .Where(n => facts.Numbers.GetValueOrDefault(n) is { } phone && phone.Type.IsTollFree()))
            {
                found.Add(TollFreeNoCredits, FixOwner.Admin, null, number);
            }
        }

        if (queue.Settings.OverflowThreshold == 0)
        {
            found.Add(QueueOverflowZero, FixOwner.Admin, null, queue.Name);
        }
    }

    private static bool IsAgent(CallQueue queue, string userId) =>
        queue.Settings.Users.Any(u => u.Equals(userId, StringComparison.OrdinalIgnoreCase));
}
