package cn.kaichuang.storage.internal;

import cn.kaichuang.storage.ObjectNotFoundException;
import cn.kaichuang.storage.ObjectStoreException;
import io.minio.errors.ErrorResponseException;
import java.net.URI;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs MinIO SDK calls and turns their nine checked exception types into one unchecked
 * {@link ObjectStoreException} whose message says what was attempted, on what, where, and the S3
 * error code; that is what an operator needs from a log line.
 */
public final class MinioCalls {

    /** S3 codes meaning "this object is absent"; HEAD requests carry no body, so MinIO infers them. */
    public static final Set<String> NOT_FOUND_CODES = Set.of("NoSuchKey", "NoSuchObject");

    private final URI endpoint;

    public MinioCalls(URI endpoint) {
        this.endpoint = endpoint;
    }

    @FunctionalInterface
    public interface Call<T> {
        T run() throws Exception;
    }

    @FunctionalInterface
    public interface VoidCall {
        void run() throws Exception;
    }

    public <T> T call(String action, String bucket, @Nullable String key, Call<T> call) {
        try {
            return call.run();
        } catch (ObjectStoreException | IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw translate(action, bucket, key, e);
        }
    }

    public void run(String action, String bucket, @Nullable String key, VoidCall call) {
        call(action, bucket, key, () -> {
            call.run();
            return null;
        });
    }

    public ObjectStoreException translate(String action, String bucket, @Nullable String key, Exception e) {
        String code = errorCode(e);
        if (key != null && code != null && NOT_FOUND_CODES.contains(code)) {
            return new ObjectNotFoundException(bucket, key);
        }
        String target = key == null ? "bucket '" + bucket + "'" : "object '" + key + "' in bucket '" + bucket + "'";
        String reason = code != null
                ? code + ": " + ((ErrorResponseException) e).errorResponse().message()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new ObjectStoreException("Could not " + action + " " + target + " at " + endpoint + " (" + reason + ")", e);
    }

    /** The S3 error code, or {@code null} when the failure happened before the server answered. */
    public static @Nullable String errorCode(Exception e) {
        return e instanceof ErrorResponseException error ? error.errorResponse().code() : null;
    }
}
