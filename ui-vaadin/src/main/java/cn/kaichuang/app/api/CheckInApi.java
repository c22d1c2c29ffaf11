package cn.kaichuang.app.api;

import cn.kaichuang.attendance.CheckInRefusedException;
import cn.kaichuang.attendance.CheckIns;
import cn.kaichuang.attendance.CheckedIn;
import cn.kaichuang.attendance.Position;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 课堂签到 as JSON, for the phone page and scripted clients: the same {@link CheckIns#checkIn} the
 * Vaadin page calls, so every check (rate, token, window, enrolment, geofence, accuracy, ID digits,
 * once per session) and every audit entry is the same. A refusal changes nothing but its audit entry.
 */
@RestController
@RequestMapping("/api/v1")
class CheckInApi {

    private final CheckIns checkIns;
    private final ApiErrors errors;

    CheckInApi(CheckIns checkIns, ApiErrors errors) {
        this.checkIns = checkIns;
        this.errors = errors;
    }

    /** The session's CSRF token, to send back in {@code headerName} with every POST. */
    @GetMapping("/csrf")
    CsrfBody csrf(CsrfToken token) {
        return new CsrfBody(token.getHeaderName(), token.getParameterName(), token.getToken());
    }

    @PostMapping("/check-ins")
    ResponseEntity<?> checkIn(@RequestBody CheckInRequest body, HttpServletRequest request) {
        if (body.token() == null || body.token().isBlank() || body.latitude() == null || body.longitude() == null
                || body.accuracy() == null || body.idLastFour() != null && body.idLastFour().length() > 20) {
            return badRequest(request);
        }
        Position position = new Position(body.latitude(), body.longitude(), body.accuracy());
        try {
            CheckedIn done = checkIns.checkIn(body.token().strip(), position, body.idLastFour());
            return ResponseEntity.status(HttpStatus.CREATED).body(new CheckInBody(done.session(), done.topic(),
                    done.at(), done.distanceMeters()));
        } catch (CheckInRefusedException refusal) {
            int status = status(refusal.messageKey());
            return ResponseEntity.status(status).body(errors.error(request, status, refusal.messageKey(),
                    refusal.arguments()));
        }
    }

    /** A body that is not JSON, or not this JSON. */
    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<?> unreadable(HttpServletRequest request) {
        return badRequest(request);
    }

    private ResponseEntity<?> badRequest(HttpServletRequest request) {
        return ResponseEntity.badRequest().body(errors.error(request, 400, "api.error.bad-check-in", List.of()));
    }

    /** 403 who may not, 409 done already, 422 not here or not now, 429 too often, 400 no position. */
    static int status(String messageKey) {
        return switch (messageKey) {
            case "checkin.error.forged", "checkin.error.expired", "checkin.error.not-trainee",
                 "checkin.error.not-enrolled" -> 403;
            case "checkin.error.twice" -> 409;
            case "checkin.error.too-many" -> 429;
            case "checkin.error.no-position" -> 400;
            default -> 422;
        };
    }

    record CheckInRequest(@Nullable String token, @Nullable Double latitude, @Nullable Double longitude,
            @Nullable Double accuracy, @Nullable String idLastFour) {
    }

    record CheckInBody(long session, String topic, Instant checkedInAt, int distanceMeters) {
    }

    record CsrfBody(String headerName, String parameterName, String token) {
    }
}
