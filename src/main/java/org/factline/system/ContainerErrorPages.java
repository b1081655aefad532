package org.factline.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.factline.shared.LanguageAddresses;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers by itself, before any of Factline runs (a request line it cannot read, an address
 * with a bad percent-encoding or an illegal character, a body over its limits), is our page in the reader's
 * language instead of Tomcat's bare English "HTTP Status 400" report: Tomcat's error report valve on the
 * host is replaced by {@link Valve}. Whatever Factline itself answers already has a body and passes through.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final MessageSource messages;

    ContainerErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // the host adds its own report valve as it starts, before it starts the context
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                replaceReportValve(context.getParent());
            }
        }));
    }

    private void replaceReportValve(Container host) {
        if (host == null) {
            return;
        }
        var pipeline = host.getPipeline();
        for (var valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof Valve)) {
                pipeline.removeValve(valve);
                pipeline.addValve(new Valve());
            }
        }
    }

    /**
     * Our short page for a status, without a template (nothing of the application may have run), in the
     * language of the address or else of the reader.
     */
    String page(int status, HttpServletRequest request) {
        var language = language(request);
        var locale = Locale.forLanguageTag(language);
        var key = switch (status) {
            case 400 -> "error.400";
            case 404 -> "error.404";
            case 413 -> "error.413";
            case 415 -> "error.415";
            default -> "error";
        };
        var title = HtmlUtils.htmlEscape(messages.getMessage(key + ".title", null, locale));
        var text = HtmlUtils.htmlEscape(messages.getMessage(key + ".text", null, locale));
        var back = HtmlUtils.htmlEscape(messages.getMessage("error.back", null, locale));
        var name = HtmlUtils.htmlEscape(messages.getMessage("app.name", null, locale));
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s · %s</title>
                  <link rel="icon" href="/favicon.ico" sizes="32x32">
                  <link rel="stylesheet" href="/css/factline.css">
                </head>
                <body>
                <main id="main">
                <section class="error-page">
                  <h1>%s</h1>
                  <p>%s</p>
                  <p><a href="%s/">%s</a></p>
                </section>
                </main>
                </body>
                </html>
                """.formatted(language, title, name, title, text, LanguageAddresses.prefix(language), back);
    }

    /** Sends {@link #page} with its status, for a refusal made before anything reads the request. */
    void send(int status, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", language(request));
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page(status, request));
    }

    /**
     * The address's language when it has one ({@code /id/…}), else the reader's choice or browser's; English
     * when the request is too broken to say.
     */
    private static String language(HttpServletRequest request) {
        try {
            var uri = request.getRequestURI();
            for (var language : LanguageAddresses.LANGUAGES) {
                var prefix = LanguageAddresses.prefix(language);
                if (!prefix.isEmpty() && uri != null && (uri.equals(prefix) || uri.startsWith(prefix + "/"))) {
                    return language;
                }
            }
            return Languages.preferred(request);
        } catch (RuntimeException e) {
            return LanguageAddresses.DEFAULT;
        }
    }

    /** Writes our short error page where Tomcat would write its report. */
    final class Valve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Content-Language", language(request));
                response.setHeader("Cache-Control", "no-store");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(page(status, request));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot take a body: nothing more to say
            }
        }
    }
}
