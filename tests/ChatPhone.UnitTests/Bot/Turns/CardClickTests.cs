using ChatPhone.Bot.Turns;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatPhone.UnitTests.Bot.Turns;

public sealed class CardClickTests
{
    [Fact]
    public void Read_ActionExecute_TakesTheDataAndTheVerbNamedBesideIt()
    {
        var click = CardClick.Read(Invoke(new JObject
        {
            ["type"] = "Action.Execute",
            ["verb"] = "plan.confirm",
            ["data"] = new JObject { ["planId"] = "p1" },
        }));

        Assert.NotNull(click);
        Assert.Equal("plan.confirm", click.Verb.Value);
        Assert.Equal("p1", click.Data.Value.GetProperty("planId").GetString());
    }

    [Fact]
    public void Read_ActionExecute_AVerbInsideTheDataWins()
    {
        var click = CardClick.Read(Invoke(new JObject { ["verb"] = "outer", ["data"] = new JObject { ["verb"] = "inner" } }));

        Assert.Equal("inner", click!.Verb.Value);
    }

    [Fact]
    public void Read_ActionExecuteWithoutData_IsAClickWithNoVerb()
    {
        var click = CardClick.Read(Invoke(new JObject { ["type"] = "Action.Execute" }));

        Assert.NotNull(click);
        Assert.Equal("card.unknown_action", click.Verb.Error?.Code);
    }

    [Fact]
    public void Read_ActionSubmit_IsTheMessageValue()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Value = new JObject { ["verb"] = "setup.start", ["step"] = 3 } };

        var click = CardClick.Read(activity);

        Assert.Equal("setup.start", click!.Verb.Value);
        Assert.Equal(3, click.Data.Value.GetProperty("step").GetInt32());
    }

    [Fact]
    public void Read_TextMessagesAndOtherInvokes_AreNoClick()
    {
        Assert.Null(CardClick.Read(new Activity { Type = ActivityTypes.Message, Text = "what's my number?" }));
        Assert.Null(CardClick.Read(new Activity { Type = ActivityTypes.Invoke, Name = "fileConsent/invoke", Value = new JObject() }));
        Assert.Null(CardClick.Read(new Activity { Type = ActivityTypes.ConversationUpdate }));
    }

    [Fact]
    public void Read_DataNestedDeeperThanAnyCardSends_IsAnInvalidPayload()
    {
        var data = new JObject { ["verb"] = "setup.start" };
        var innermost = data;
        for (var depth = 0; depth < 100; depth++)
        {
            var next = new JObject();
            innermost["x"] = next;
            innermost = next;
        }

        var click = CardClick.Read(new Activity { Type = ActivityTypes.Message, Value = data });

        Assert.Equal("card.invalid_payload", click!.Data.Error?.Code);
        Assert.Equal("card.invalid_payload", click.Verb.Error?.Code);
    }

    private static Activity Invoke(JObject action) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = "adaptiveCard/action",
        Value = new JObject { ["action"] = action, ["trigger"] = "manual" },
    };
}
