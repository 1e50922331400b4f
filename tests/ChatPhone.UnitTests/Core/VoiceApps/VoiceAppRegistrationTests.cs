using System.Text.Json;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.VoiceApps;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.UnitTests.Core.VoiceApps;

public sealed class VoiceAppRegistrationTests
{
    [Fact]
    public void AddCallQueuesAndAddAutoAttendants_RegisterEachServiceOnceAsASingleton()
    {
        var services = new ServiceCollection().AddCallQueues().AddAutoAttendants();

        foreach (var type in new[] { typeof(CallQueueService), typeof(AutoAttendantService), typeof(ResourceAccountAssociationService), typeof(VoiceAppQueries) })
        {
            Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == type).Lifetime);
        }
    }

    [Fact]
    public void StoredAttendant_RoundTripsThroughItsCollection()
    {
        var settings = AutoAttendants.Attendants.Minimal with
        {
            Holidays = [new Holiday("Christmas", [new DateTimeRange(new DateTime(2026, 12, 25), new DateTime(2026, 12, 26))])],
            Operator = new CallableEntity(CallableEntityType.ExternalPstn, "tel:+12065550100"),
        };
        var attendant = new AutoAttendant("a1", settings, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        var json = AutoAttendantCollections.Attendants.Write(attendant);
        var read = AutoAttendantCollections.Attendants.Read(json);

        Assert.Equal(json, AutoAttendantCollections.Attendants.Write(read));
        Assert.Equal(new DateTime(2026, 12, 25), read.Settings.Holidays[0].Dates[0].Start);
        Assert.DoesNotContain("effectiveEnd", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(1, document.RootElement.GetProperty("v").GetInt32());
    }

    [Fact]
    public void StoredQueue_RoundTripsThroughItsCollection()
    {
        var queue = new CallQueue("q1", new CallQueueSettings
        {
            Name = "Sales",
            Overflow = new QueueAction<OverflowActionKind>(OverflowActionKind.SharedVoicemail, TestFacts.Group, 2, Prompt.Text("Leave a message")),
            IsCallbackEnabled = true,
            Callback = new CallbackSettings(DtmfTone.TonePound, Prompt.Audio(TestFacts.Audio), TestFacts.Group, CallToAgentRatio: 1.5),
        }, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        var json = CallQueueCollections.Queues.Write(queue);

        Assert.Equal(json, CallQueueCollections.Queues.Write(CallQueueCollections.Queues.Read(json)));
        Assert.Contains("\"kind\":\"SharedVoicemail\"", json, StringComparison.Ordinal);
    }
}
