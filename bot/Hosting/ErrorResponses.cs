using Microsoft.AspNetCore.Diagnostics;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// The one answer to an exception no endpoint handled: 500 with a short text, in every environment. It replaces the
/// developer exception page, which would show the exception and its stack to whoever caused it; the exception itself
/// is logged by the framework's handler.
/// </summary>
internal static class ErrorResponses
{
    /// <summary>The body of every such 500.</summary>
    public const string ServerErrorText = "The server could not handle this request.";

    /// <summary>Adds the handler in front of every endpoint.</summary>
    public static WebApplication UseChatPhoneErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync(ServerErrorText, context.RequestAborted);
            },
        });
        return app;
    }
}
