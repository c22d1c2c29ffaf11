package cn.kaichuang.app.monitoring;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The endpoint a request is counted under: method, path with every segment that holds a digit
 * (ids, serial numbers, codes; API versions like {@code v1} excepted) replaced by {@code {id}}, and for Vaadin's own requests the
 * {@code v-r} kind, since nearly all UI traffic is {@code POST /?v-r=uidl}. The query string is
 * otherwise dropped, so no personal data reaches the statistics.
 */
final class EndpointName {

    // A digit marks a variable segment, except an API version such as "v1".
    private static final Pattern VARIABLE = Pattern.compile("(?!v\\d{1,2}$).*\\d.*|[0-9a-fA-F-]{20,}");
    private static final Pattern VAADIN_KIND = Pattern.compile("[a-z-]{1,20}");
    private static final int MAX_SEGMENTS = 6;
    private static final int MAX_LENGTH = 200;

    private EndpointName() {
    }

    static String of(String method, String path, @Nullable String vaadinKind) {
        StringBuilder name = new StringBuilder(method).append(' ');
        String[] segments = path.split("/");
        int written = 0;
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            if (written == MAX_SEGMENTS || segment.equals("VAADIN") || segment.equals("webjars")) {
                name.append('/').append(written == MAX_SEGMENTS ? "" : segment + "/").append("**");
                written = -1;
                break;
            }
            name.append('/').append(VARIABLE.matcher(segment).matches() ? "{id}" : segment);
            written++;
        }
        if (written == 0) {
            name.append('/');
        }
        if (vaadinKind != null) {
            name.append("?v-r=").append(VAADIN_KIND.matcher(vaadinKind).matches() ? vaadinKind : "other");
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name.toString();
    }
}
