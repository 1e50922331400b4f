namespace ChatPhone.Bot.Flows.Common;

/// <summary>Registers a flow once, under every role it plays (intent, action, question, plan).</summary>
public static class FlowRegistration
{
    /// <summary>Adds <typeparamref name="T"/> as a singleton and as each flow interface it implements.</summary>
    public static IServiceCollection AddFlow<T>(this IServiceCollection services)
        where T : class
    {
        services.AddSingleton<T>();
        if (typeof(IIntentFlow).IsAssignableFrom(typeof(T)))
        {
            services.AddSingleton(sp => (IIntentFlow)sp.GetRequiredService<T>());
        }

        if (typeof(IActionFlow).IsAssignableFrom(typeof(T)))
        {
            services.AddSingleton(sp => (IActionFlow)sp.GetRequiredService<T>());
        }

        if (typeof(IQuestionFlow).IsAssignableFrom(typeof(T)))
        {
            services.AddSingleton(sp => (IQuestionFlow)sp.GetRequiredService<T>());
        }

        if (typeof(IPlannedFlow).IsAssignableFrom(typeof(T)))
        {
            services.AddSingleton(sp => (IPlannedFlow)sp.GetRequiredService<T>());
        }

        if (typeof(Objects.IObjectHandler).IsAssignableFrom(typeof(T)))
        {
            services.AddSingleton(sp => (Objects.IObjectHandler)sp.GetRequiredService<T>());
        }

        return services;
    }
}
