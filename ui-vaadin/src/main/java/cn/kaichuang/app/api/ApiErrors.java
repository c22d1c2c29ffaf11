package cn.kaichuang.app.api;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The API's error bodies: {@code {"status", "code", "message"}}, the message in Chinese unless
 * the client's Accept-Language prefers English (an API call has no session language).
 */
@Component
public class ApiErrors {

    private final I18NProvider texts;
    private final ObjectMapper json = new ObjectMapper();

    ApiErrors(I18NProvider texts) {
        this.texts = texts;
    }

    /** An error with code {@code key}, its text from the translations, arguments filled in. */
    public ApiError error(HttpServletRequest request, int status, String key, List<String> arguments) {
        return new ApiError(status, key, texts.getTranslation(key, localeOf(request), arguments.toArray()));
    }

    /** For the security chain's refusals, which are written before any controller runs. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/json");
        response.getWriter().write(json.writeValueAsString(error(request, status, key, List.of())));
    }

    static Locale localeOf(HttpServletRequest request) {
        return request.getHeader("Accept-Language") != null && request.getLocale().getLanguage().equals("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** What the client reads: the HTTP status again, a stable code and a sentence for people. */
    public record ApiError(int status, String code, String message) {
    }
}
