package cn.kaichuang.app.protection;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a refusal the caller can read: a short page, or JSON for API clients, in Chinese
 * unless the browser prefers English. The filters run before any session language is known.
 */
@Component
class Refusals {

    private final I18NProvider texts;

    Refusals(I18NProvider texts) {
        this.texts = texts;
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, String address) throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "refusal.forbidden", address);
    }

    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(request, response, 429, "refusal.too-many", Long.toString(retryAfterSeconds));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String key, String arg)
            throws IOException {
        Locale locale = localeOf(request);
        String title = texts.getTranslation(key + ".title", locale);
        String message = texts.getTranslation(key + ".message", locale, arg);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("application/json")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + json(title) + "\",\"message\":\""
                    + json(message) + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>"
                + HtmlUtils.htmlEscape(title) + "</title></head><body style=\"font-family:sans-serif;margin:2em\"><h1>"
                + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(message) + "</p></body></html>");
    }

    private static Locale localeOf(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
